/**
 * Vietnamese postal codes (mã bưu chính): 5 digits, the first two of which identify the province.
 * Only the shape is checked: the project holds no sourced table of province prefixes, so the
 * prefix is returned but not resolved to a province.
 */
import type * as z from 'zod/mini';
import type { FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

const PATTERN = /^\d{5}$/;

/** A postal code and its province prefix. */
export interface ParsedPostalCode {
  code: string;
  /** The first two digits, which identify the province (not resolved here). */
  provincePrefix: string;
}

/** Checks a postal code. Reason: `pattern` (not 5 digits). */
export function checkPostalCode(value: string): FormatResult {
  return PATTERN.test(value) ? OK : fail('pattern');
}

/** Whether `value` is a postal code: 5 digits. */
export function isPostalCode(value: string): boolean {
  return PATTERN.test(value);
}

/**
 * Splits a postal code into its parts.
 * @returns the code and its province prefix, or `undefined` when it is not 5 digits.
 */
export function parsePostalCode(value: string): ParsedPostalCode | undefined {
  return PATTERN.test(value) ? { code: value, provincePrefix: value.slice(0, 2) } : undefined;
}

/** zod schema for `vn-postal-code`. */
export const postalCodeSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-postal-code',
  checkPostalCode,
);
