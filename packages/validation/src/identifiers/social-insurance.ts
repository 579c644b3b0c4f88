/**
 * The social-insurance code (mã số bảo hiểm xã hội): 10 digits. Only the shape is checked; no check
 * digit or internal structure is documented for it.
 */
import type * as z from 'zod/mini';
import type { FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

const PATTERN = /^\d{10}$/;

/** Checks a social-insurance code. Reason: `pattern` (not 10 digits). */
export function checkSocialInsuranceCode(value: string): FormatResult {
  return PATTERN.test(value) ? OK : fail('pattern');
}

/** Whether `value` is a social-insurance code: 10 digits. */
export function isSocialInsuranceCode(value: string): boolean {
  return PATTERN.test(value);
}

/** zod schema for `vn-social-insurance`. */
export const socialInsuranceCodeSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-social-insurance',
  checkSocialInsuranceCode,
);
