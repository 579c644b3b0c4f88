/**
 * Dates as Vietnamese forms show them, `dd/mm/yyyy`, carried in data as ISO `yyyy-mm-dd`. Both
 * directions check the calendar: 29/02 exists only in leap years, 31/04 never.
 */
import type * as z from 'zod/mini';
import type { FormatResult } from '../formats/format-check.js';
import { isCalendarDate } from './internal/calendar.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

const DISPLAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a display date. Reasons: `pattern` (not `dd/mm/yyyy`), `calendar` (no such day). */
export function checkDisplayDate(value: string): FormatResult {
  const match = DISPLAY.exec(value);
  if (match === null) return fail('pattern');
  return isCalendarDate(Number(match[3]), Number(match[2]), Number(match[1])) ? OK : fail('calendar');
}

/** Whether `value` is a real date written `dd/mm/yyyy`. */
export function isDisplayDate(value: string): boolean {
  return checkDisplayDate(value).ok;
}

/**
 * Converts a display date to ISO: `parseDisplayDate('05/09/2024')` is `'2024-09-05'`.
 * @returns the ISO date, or `undefined` when `value` is not a real date written `dd/mm/yyyy`.
 */
export function parseDisplayDate(value: string): string | undefined {
  const match = DISPLAY.exec(value);
  if (match === null || !checkDisplayDate(value).ok) return undefined;
  return `${match[3]}-${match[2]}-${match[1]}`;
}

/**
 * Converts an ISO date to its display form: `formatDisplayDate('2024-09-05')` is `'05/09/2024'`.
 * @throws RangeError when `iso` is not a real date written `yyyy-mm-dd`.
 */
export function formatDisplayDate(iso: string): string {
  const match = ISO.exec(iso);
  if (match === null || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new RangeError(`Not an ISO calendar date (yyyy-mm-dd): ${iso}`);
  }
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** zod schema for `vn-date-display` (`dd/mm/yyyy`). */
export const displayDateSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-date-display',
  checkDisplayDate,
);
