/**
 * Formats that check membership of the shared lists: `vn-ethnic-group` (a code `01`-`54`) and
 * `iso-country` (an ISO 3166-1 alpha-2 code). They live in the `lists` entry, not in `vnFormats`, so
 * that the main entry stays small; pass `listFormats` to `compileSchema` (`{ formats: listFormats }`).
 * Their messages are in `identifierMessages`, so `identifierMessage` and the compiler word them.
 */
import type * as z from 'zod/mini';
import type { FormatCheck, FormatResult } from '../formats/format-check.js';
import { fail, OK } from '../identifiers/internal/result.js';
import { formatSchema } from '../identifiers/internal/schema.js';
import { country } from './countries.js';
import { ethnicGroup } from './ethnic-groups.js';

const TWO_DIGITS = /^\d{2}$/;
const TWO_LETTERS = /^[A-Z]{2}$/;

/** Checks an ethnic-group code. Reasons: `pattern` (not 2 digits), `unknown` (params `code`). */
export function checkEthnicGroup(value: string): FormatResult {
  if (!TWO_DIGITS.test(value)) return fail('pattern');
  return ethnicGroup(value) === undefined ? fail('unknown', { code: value }) : OK;
}

/** Checks a country code. Reasons: `pattern` (not 2 capital letters), `unknown` (params `code`). */
export function checkCountry(value: string): FormatResult {
  if (!TWO_LETTERS.test(value)) return fail('pattern');
  return country(value) === undefined ? fail('unknown', { code: value }) : OK;
}

/** The list formats, by name: merge them into the compiler's formats. */
export const listFormats: Record<'vn-ethnic-group' | 'iso-country', FormatCheck> = {
  'vn-ethnic-group': checkEthnicGroup,
  'iso-country': checkCountry,
};

/** zod schema for `vn-ethnic-group`. */
export const ethnicGroupSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-ethnic-group',
  checkEthnicGroup,
);

/** zod schema for `iso-country`. */
export const countrySchema: z.ZodMiniString = /* @__PURE__ */ formatSchema('iso-country', checkCountry);
