/**
 * The old identity card number (chứng minh nhân dân, CMND): 9 digits. Only the shape is checked:
 * the issuing-area prefix is not decoded. (12-digit CMND numbers follow the personal-id rules: see
 * `vn-identity-number`.)
 */
import type * as z from 'zod/mini';
import type { FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

const PATTERN = /^\d{9}$/;

/** Checks an old identity card number. Reason: `pattern` (not 9 digits). */
export function checkOldIdCard(value: string): FormatResult {
  return PATTERN.test(value) ? OK : fail('pattern');
}

/** Whether `value` is an old identity card (CMND) number: 9 digits. */
export function isOldIdCard(value: string): boolean {
  return PATTERN.test(value);
}

/** zod schema for `vn-old-id-card`. */
export const oldIdCardSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-old-id-card',
  checkOldIdCard,
);
