/**
 * Dates in Asia/Ho_Chi_Minh (UTC+7, no daylight saving): the day in a dossier code and the
 * appointment date (ngày hẹn trả), counted in working days from the receipt of a complete dossier
 * (status 2). Weekends and the public holidays of 2025–2027 (./holidays.ts) are not working days;
 * a dossier received after the procedure's cut-off time (15:00 for civil status) counts as
 * received the next working day.
 */
import { PUBLIC_HOLIDAYS, WORKED_SATURDAYS } from './holidays.js';

const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The hour (local) by which a result is due on its appointment day. */
const DUE_HOUR = 17;

function local(date: Date): Date {
  return new Date(date.getTime() + OFFSET_MS);
}

/** `yyMMdd` of `date` in Vietnam, as in dossier codes. */
export function vnDay(date: Date): string {
  return isoDay(local(date)).slice(2).replaceAll('-', '');
}

/** `YYYY-MM-DD` of `date` in Vietnam. */
export function vnIsoDay(date: Date): string {
  return isoDay(local(date));
}

/** `YYYY-MM-DD` of a shifted (local) date. */
function isoDay(localDay: Date): string {
  return localDay.toISOString().slice(0, 10);
}

/** Whether agencies work on the (local, midnight) day. */
export function isWorkingDay(localDay: Date): boolean {
  const iso = isoDay(localDay);
  const weekday = localDay.getUTCDay();
  if (weekday === 0 || weekday === 6) return WORKED_SATURDAYS.has(iso);
  return !PUBLIC_HOLIDAYS.has(iso);
}

/** Options of {@link appointmentDate}. */
export interface AppointmentOptions {
  /** `HH:MM` (Vietnam): a dossier received at or after it counts from the next working day. */
  cutOffTime?: string;
}

/** Minutes after local midnight of an `HH:MM` text, or `undefined`. */
function minutesOf(hhmm: string | undefined): number | undefined {
  const m = hhmm === undefined ? null : /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]);
}

/**
 * When a dossier received (complete, status 2) at `receivedAt` is due: 17:00 in Vietnam on the
 * working day `workingDays` working days after the day it counts as received (the same day for
 * 0). It counts as received on `receivedAt`'s day, or the next working day when that is not a
 * working day or the time is at or after `cutOffTime`.
 */
export function appointmentDate(
  receivedAt: Date,
  workingDays: number,
  options: AppointmentOptions = {},
): Date {
  const start = local(receivedAt);
  let day = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()));
  const cutOff = minutesOf(options.cutOffTime);
  const minute = start.getUTCHours() * 60 + start.getUTCMinutes();
  if (cutOff !== undefined && minute >= cutOff) day = new Date(day.getTime() + DAY_MS);
  while (!isWorkingDay(day)) day = new Date(day.getTime() + DAY_MS);
  let remaining = Math.max(0, Math.floor(workingDays));
  while (remaining > 0) {
    day = new Date(day.getTime() + DAY_MS);
    if (isWorkingDay(day)) remaining--;
  }
  return new Date(day.getTime() + DUE_HOUR * 60 * 60 * 1000 - OFFSET_MS);
}
