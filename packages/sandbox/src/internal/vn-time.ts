/**
 * Dates in Asia/Ho_Chi_Minh (UTC+7, no daylight saving): the day in a dossier code and the
 * appointment date (ngày hẹn trả). Weekends are skipped; public holidays are not modelled.
 */

const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The hour (local) by which a result is due on its appointment day. */
const DUE_HOUR = 17;

function local(date: Date): Date {
  return new Date(date.getTime() + OFFSET_MS);
}

/** `yyMMdd` of `date` in Vietnam, as in dossier codes. */
export function vnDay(date: Date): string {
  const d = local(date);
  const yy = String(d.getUTCFullYear() % 100).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(d.getUTCDate()).padStart(2, '0');
  return `${yy}${mm}${dd}`;
}

function isWeekend(localDay: Date): boolean {
  const day = localDay.getUTCDay();
  return day === 0 || day === 6;
}

/**
 * When a dossier submitted at `submittedAt` is due: 17:00 in Vietnam on the working day that is
 * `workingDays` working days after the day of submission (the same day for 0; a submission on a
 * weekend counts from the next working day).
 */
export function appointmentDate(submittedAt: Date, workingDays: number): Date {
  const start = local(submittedAt);
  let day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  while (isWeekend(day)) day = new Date(day.getTime() + DAY_MS);
  let remaining = Math.max(0, Math.floor(workingDays));
  while (remaining > 0) {
    day = new Date(day.getTime() + DAY_MS);
    if (!isWeekend(day)) remaining--;
  }
  return new Date(day.getTime() + DUE_HOUR * 60 * 60 * 1000 - OFFSET_MS);
}
