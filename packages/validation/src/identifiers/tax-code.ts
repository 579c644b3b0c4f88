/**
 * Vietnamese tax codes (mã số thuế, MST): 10 digits for an enterprise or organisation (and for an
 * individual who has no personal identification number), or 13 digits (`XXXXXXXXXX-XXX`) for a
 * dependent unit or branch.
 *
 * The tenth digit is a check digit: d10 = 10 - (Σ wᵢ·dᵢ mod 11) with weights 31, 29, 23, 19, 17, 13,
 * 7, 5, 3; a remainder of 0 (which would give 10) makes the code invalid. Digits 3-9 are not all
 * zero and a branch suffix is never `000`.
 *
 * Since 1 July 2025 the tax code of an individual, a dependant and a household or individual business
 * IS the holder's 12-digit personal identification number (Thông tư 86/2024/TT-BTC; Thông tư
 * 90/2026/TT-BTC from 1 July 2026). `vn-tax-code-or-personal-id` accepts it; `vn-tax-code` is the
 * code of an enterprise or organisation and answers a 12-digit number with the reason `personal-id`,
 * so a form can say which field the number belongs in. `allowPersonalId` gives the functions the
 * combined behaviour.
 */
import type * as z from 'zod/mini';
import type { FormatContext, FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';
import { checkPersonalId } from './personal-id.js';

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** A tax code in canonical form: `0100109106` or `0100109106-001` (or 12 digits, when allowed). */
export interface ParsedTaxCode {
  /** The canonical form, as shown on documents. */
  canonical: string;
  /** The code without its branch suffix: 10 digits, or the 12 digits of a personal number. */
  base: string;
  /** The 3-digit branch suffix, when the code belongs to a branch or dependent unit. */
  branch?: string;
  /** Present (and true) when the code is a 12-digit personal identification number. */
  personalId?: true;
}

/** Options of the tax-code functions. */
export interface TaxCodeOptions extends FormatContext {
  /**
   * Accept a 12-digit personal identification number: the tax code of an individual or a household
   * business since 1 July 2025 (Thông tư 86/2024/TT-BTC). Default `false`: an organisation's code.
   */
  allowPersonalId?: boolean | undefined;
}

/** The check digit the first nine digits call for, or `undefined` when no digit can satisfy it. */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += (WEIGHTS[i] ?? 0) * Number(firstNine[i]);
  return checkDigitOf(sum);
}

/** The check digit for a weighted sum, or `undefined` when no digit can satisfy it. */
function checkDigitOf(sum: number): number | undefined {
  const remainder = sum % 11;
  return remainder === 0 ? undefined : 10 - remainder;
}

const SEPARATOR = /[\s.-]/;
const SEPARATORS = /[\s.-]/g;

function digitsOf(input: string): string {
  return SEPARATOR.test(input) ? input.replace(SEPARATORS, '') : input;
}

/** Whether `s` is made of exactly `length` ASCII digits. */
function allDigits(s: string, length: number): boolean {
  if (s.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Checks a tax code written with or without separators (`-`, `.`, spaces). Reasons: `pattern`
 * (not 10 or 13 digits, or 12 when allowed), `personal-id` (12 digits where only an organisation's
 * code fits), `serial` (digits 3-9 all zero), `check-digit`, `branch` (suffix `000`), and the
 * personal-id reasons for a 12-digit number when allowed.
 */
export function checkTaxCode(input: string, options: TaxCodeOptions = {}): FormatResult {
  return checkDigits(digitsOf(input), options.allowPersonalId === true, options);
}

/** {@link checkTaxCode} with `allowPersonalId`, for `vn-tax-code-or-personal-id` (no options object built). */
export function checkTaxCodeOrPersonalId(input: string, context: FormatContext = {}): FormatResult {
  return checkDigits(digitsOf(input), true, context);
}

function checkDigits(digits: string, allowPersonalId: boolean, context: FormatContext): FormatResult {
  if (allDigits(digits, 12)) return allowPersonalId ? checkPersonalId(digits, context) : fail('personal-id');
  if (!allDigits(digits, 10) && !allDigits(digits, 13)) return fail('pattern');
  let sum = 0;
  let serial = 0;
  for (let i = 0; i < 9; i++) {
    const d = digits.charCodeAt(i) - 48;
    sum += (WEIGHTS[i] ?? 0) * d;
    if (i >= 2) serial += d;
  }
  if (serial === 0) return fail('serial');
  if (checkDigitOf(sum) !== digits.charCodeAt(9) - 48) return fail('check-digit');
  if (digits.length === 13 && digits.endsWith('000')) return fail('branch');
  return OK;
}

/**
 * Parses a tax code written with or without separators (`-`, `.`, spaces).
 * @returns the parsed code, or `undefined` when it is not a valid tax code.
 */
export function parseTaxCode(input: string, options: TaxCodeOptions = {}): ParsedTaxCode | undefined {
  if (!checkTaxCode(input, options).ok) return undefined;
  const digits = digitsOf(input);
  if (digits.length === 12) return { canonical: digits, base: digits, personalId: true };
  const base = digits.slice(0, 10);
  if (digits.length === 10) return { canonical: base, base };
  const branch = digits.slice(10);
  return { canonical: `${base}-${branch}`, base, branch };
}

/** Whether `input` is a valid tax code (separators allowed). */
export function isTaxCode(input: string, options: TaxCodeOptions = {}): boolean {
  return checkTaxCode(input, options).ok;
}

/** zod schema for `vn-tax-code`: an enterprise's or organisation's code (10 or 13 digits). */
export const taxCodeSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema('vn-tax-code', (value) =>
  checkTaxCode(value),
);

/**
 * zod schema for `vn-tax-code-or-personal-id`: a tax code, or the 12-digit personal identification
 * number that is the tax code of an individual or a household business since 1 July 2025.
 */
export const taxCodeOrPersonalIdSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-tax-code-or-personal-id',
  checkTaxCodeOrPersonalId,
);
