/** Date arithmetic on ISO `yyyy-mm-dd` strings for the date picker (UTC, so no time-zone drift). */

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `iso` moved by `days` days. */
export function addDays(iso: string, days: number): string {
  const date = toDate(iso);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** `iso` moved by `months` months, the day clamped to the month's length (31/01 + 1 month = 28/02). */
export function addMonths(iso: string, months: number): string {
  const date = toDate(iso);
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return toIso(date);
}

/** Day of the week of `iso`, Monday = 0 ... Sunday = 6. */
export function weekday(iso: string): number {
  return (toDate(iso).getUTCDay() + 6) % 7;
}

/** The weeks (Monday first) of the month holding `iso`; days outside the month are `undefined`. */
export function monthWeeks(iso: string): (string | undefined)[][] {
  const first = `${iso.slice(0, 7)}-01`;
  const weeks: (string | undefined)[][] = [];
  let week: (string | undefined)[] = Array.from({ length: weekday(first) }, () => undefined);
  for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addDays(day, 1)) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => undefined)]);
  return weeks;
}

/** Today in Vietnam (UTC+7), as ISO. */
export function todayInVietnam(now: Date = new Date()): string {
  return toIso(new Date(now.getTime() + 7 * 3_600_000));
}

/** The ISO date a grid key moves to from `iso`, or `undefined` for other keys. */
export function dateForKey(iso: string, key: string, shift: boolean): string | undefined {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'Home':
      return addDays(iso, -weekday(iso));
    case 'End':
      return addDays(iso, 6 - weekday(iso));
    case 'PageUp':
      return addMonths(iso, shift ? -12 : -1);
    case 'PageDown':
      return addMonths(iso, shift ? 12 : 1);
    default:
      return undefined;
  }
}
