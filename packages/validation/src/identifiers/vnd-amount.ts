/**
 * Amounts in Vietnamese đồng (VND), which has no minor unit: a non-negative safe integer. Shown with
 * `.` between groups of three digits and the sign `₫`: `1.500.000 ₫`.
 */
import type * as z from 'zod/mini';
import type { FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

/**
 * Digits grouped by dots (`1.500.000`) or not (`1500000`), no leading zero, optionally followed by a
 * space (or no-break space) and `₫`, `đ`, `VND` or `VNĐ`. Fixed-width groups: no backtracking blow-up.
 */
const WRITTEN = /^(0|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*)(?:[ \u00a0]?(?:₫|đ|vnd|vnđ))?$/iu;

/** Whether `amount` is a valid VND amount: a non-negative safe integer. */
export function isVndAmount(amount: number): boolean {
  return Number.isSafeInteger(amount) && amount >= 0;
}

/**
 * Checks an amount written as text. Reasons: `pattern` (not digits grouped by dots, or with a
 * decimal part or sign), `too-large` (beyond `Number.MAX_SAFE_INTEGER`).
 */
export function checkVndAmountText(value: string): FormatResult {
  const match = WRITTEN.exec(value);
  if (match === null) return fail('pattern');
  return isVndAmount(Number((match[1] ?? '').replaceAll('.', ''))) ? OK : fail('too-large');
}

/**
 * Reads an amount written `1.500.000`, `1500000` or `1.500.000 ₫`.
 * @returns the amount, or `undefined` when the text is not a valid amount.
 */
export function parseVnd(value: string): number | undefined {
  const match = WRITTEN.exec(value);
  if (match === null) return undefined;
  const amount = Number((match[1] ?? '').replaceAll('.', ''));
  return isVndAmount(amount) ? amount : undefined;
}

/**
 * Formats an amount for display: `formatVnd(1500000)` is `'1.500.000 ₫'`.
 * @throws RangeError when `amount` is not a non-negative safe integer.
 */
export function formatVnd(amount: number): string {
  if (!isVndAmount(amount)) throw new RangeError(`Not a VND amount (a non-negative safe integer): ${amount}`);
  const digits = String(amount);
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped === '' ? group : `${group}.${grouped}`;
  }
  return `${grouped} ₫`;
}

/** zod schema for `vn-amount-vnd`: an amount written as text. */
export const vndAmountTextSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-amount-vnd',
  checkVndAmountText,
);
