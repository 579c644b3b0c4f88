/**
 * An identity number as forms ask for it: either a 12-digit personal identification number (CCCD)
 * or a 9-digit old identity card (CMND) number.
 */
import type * as z from 'zod/mini';
import type { FormatContext, FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';
import { checkOldIdCard } from './old-id-card.js';
import { checkPersonalId, parsePersonalId, type ParsedPersonalId } from './personal-id.js';

/** An identity number, tagged with its kind. */
export type ParsedIdentityNumber =
  | { kind: 'personal-id'; value: string; personalId: ParsedPersonalId }
  | { kind: 'old-id-card'; value: string };

/**
 * Checks an identity number. A 12-digit value is checked as a personal identification number (and
 * keeps its reasons: `unknown-province`, `birth-year-in-future`); otherwise it must be 9 digits.
 * Reason `pattern` when it has neither length.
 */
export function checkIdentityNumber(value: string, context: FormatContext = {}): FormatResult {
  if (value.length === 12) return checkPersonalId(value, context);
  return checkOldIdCard(value).ok ? OK : fail('pattern');
}

/**
 * Parses an identity number of either kind.
 * @returns the number and its kind, or `undefined` when it is neither.
 */
export function parseIdentityNumber(
  value: string,
  context: FormatContext = {},
): ParsedIdentityNumber | undefined {
  if (value.length === 12) {
    const personalId = parsePersonalId(value, context);
    return personalId === undefined ? undefined : { kind: 'personal-id', value, personalId };
  }
  return checkOldIdCard(value).ok ? { kind: 'old-id-card', value } : undefined;
}

/** Whether `value` is a personal identification number or an old identity card number. */
export function isIdentityNumber(value: string, context: FormatContext = {}): boolean {
  return checkIdentityNumber(value, context).ok;
}

/** zod schema for `vn-identity-number`. */
export const identityNumberSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-identity-number',
  checkIdentityNumber,
);
