/**
 * Proleptic Gregorian calendar arithmetic without `Date` parsing (whose leniency differs between
 * engines), and "today" as seen in Vietnam.
 */

/** Whether `year` is a leap year in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether year (1-9999), month and day name a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return (
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** The calendar year in Vietnam (UTC+7, no daylight saving) at the instant `now`. */
export function yearInVietnam(now: Date): number {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCFullYear();
}

/** The last year computed by {@link yearInVietnamAt}, and the instants [from, to) it covers. */
let cachedYear = Number.NaN;
let cachedFrom = 0;
let cachedTo = 0;

/**
 * {@link yearInVietnam} of the instant `ms` (milliseconds since the epoch), without allocating: the
 * year and the exact instants where it begins and ends in Vietnam are cached, so the answer is the
 * same as `yearInVietnam(new Date(ms))` at every instant, New Year's Eve included.
 */
export function yearInVietnamAt(ms: number): number {
  if (ms >= cachedFrom && ms < cachedTo) return cachedYear;
  const year = new Date(ms + VIETNAM_OFFSET_MS).getUTCFullYear();
  // Date.UTC reads years 0-99 as 1900-1999: cache only the years it reads as written.
  if (year >= 100 && year < 200_000) {
    cachedYear = year;
    cachedFrom = Date.UTC(year, 0, 1) - VIETNAM_OFFSET_MS;
    cachedTo = Date.UTC(year + 1, 0, 1) - VIETNAM_OFFSET_MS;
  }
  return year;
}
