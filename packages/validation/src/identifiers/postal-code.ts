/**
 * Vietnamese postal codes (mã bưu chính): 5 digits (Quyết định 2334/QĐ-BKHCN of 24/08/2025, which
 * gives one to each of the 3,321 communes). The first two digits identify the province; since the
 * 2025 reorganisation each of the 34 provinces has one to seven such prefixes (Hà Nội 10-14, Hồ Chí
 * Minh City 70-75 and 78, ...), so a prefix resolves to exactly one province, not the other way round.
 */
import type * as z from 'zod/mini';
import type { FormatContext, FormatResult } from '../formats/format-check.js';
import { POSTAL_PREFIXES_OF_PROVINCE, PROVINCE_OF_POSTAL_PREFIX } from './internal/postal-prefixes.js';
import { PROVINCES_2025 } from './internal/provinces-2025.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

const PATTERN = /^\d{5}$/;

/** A postal code and the 2025 province it belongs to. */
export interface ParsedPostalCode {
  code: string;
  /** The first two digits. */
  provincePrefix: string;
  /** The 2025 province the prefix is assigned to (Quyết định 2334/QĐ-BKHCN). */
  province: { code: string; name: string };
}

/** Where a postal code is expected to belong: a 2025 province, or a 2025 commune. */
export interface PostalCodeUnit {
  /** A 2-digit 2025 province code. */
  provinceCode?: string | undefined;
  /** A 5-digit 2025 commune code; its province is read through `context.adminUnits`. */
  communeCode?: string | undefined;
}

/**
 * Checks a postal code. Reasons: `pattern` (not 5 digits), `unknown-prefix` (the first two digits
 * are no province's; params `prefix`).
 */
export function checkPostalCode(value: string): FormatResult {
  if (!PATTERN.test(value)) return fail('pattern');
  const prefix = value.slice(0, 2);
  return PROVINCE_OF_POSTAL_PREFIX.has(prefix) ? OK : fail('unknown-prefix', { prefix });
}

/** Whether `value` is a postal code: 5 digits whose first two are a province's prefix. */
export function isPostalCode(value: string): boolean {
  return checkPostalCode(value).ok;
}

/**
 * Splits a postal code into its parts and resolves its province.
 * @returns the code, its prefix and its 2025 province, or `undefined` when it is not a postal code.
 */
export function parsePostalCode(value: string): ParsedPostalCode | undefined {
  if (!PATTERN.test(value)) return undefined;
  const provincePrefix = value.slice(0, 2);
  const code = PROVINCE_OF_POSTAL_PREFIX.get(provincePrefix);
  const name = code === undefined ? undefined : PROVINCES_2025.get(code)?.name;
  return code === undefined || name === undefined
    ? undefined
    : { code: value, provincePrefix, province: { code, name } };
}

/** The postal prefixes (two digits each) of a 2025 province code; empty for an unknown code. */
export function postalPrefixesOf(provinceCode: string): readonly string[] {
  return POSTAL_PREFIXES_OF_PROVINCE.get(provinceCode) ?? [];
}

/**
 * Checks a postal code against the unit of an address: its province, or its commune (whose province
 * is read with `context.adminUnits`; without a lookup only the province, if given, is compared).
 * When the lookup knows the commune's own postal code (`postalCodeOfCommune`), the code must be it.
 * Reasons: those of {@link checkPostalCode}, then `province-mismatch` (params `prefix`, `province`,
 * the name of the province the address is in) and `commune-mismatch` (params `expected`).
 */
export function checkPostalCodeForUnit(
  value: string,
  unit: PostalCodeUnit,
  context: FormatContext = {},
): FormatResult {
  const shape = checkPostalCode(value);
  if (!shape.ok) return shape;
  const communeCode = unit.communeCode;
  const provinceCode =
    (communeCode === undefined ? undefined : context.adminUnits?.provinceOfCommune(communeCode)) ??
    unit.provinceCode;
  const prefix = value.slice(0, 2);
  if (provinceCode !== undefined && PROVINCES_2025.has(provinceCode)) {
    if (PROVINCE_OF_POSTAL_PREFIX.get(prefix) !== provinceCode) {
      return fail('province-mismatch', { prefix, province: PROVINCES_2025.get(provinceCode)?.name });
    }
  }
  const expected =
    communeCode === undefined ? undefined : context.adminUnits?.postalCodeOfCommune?.(communeCode);
  if (expected !== undefined && expected !== value) return fail('commune-mismatch', { expected });
  return OK;
}

/** zod schema for `vn-postal-code`. */
export const postalCodeSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-postal-code',
  checkPostalCode,
);

/**
 * A zod schema for a postal code that must belong to `unit` (see {@link checkPostalCodeForUnit});
 * its issues carry the format `vn-postal-code`, so `identifierMessage` words them.
 */
export function postalCodeForUnitSchema(unit: PostalCodeUnit, context: FormatContext = {}): z.ZodMiniString {
  return formatSchema('vn-postal-code', (value, ctx) => checkPostalCodeForUnit(value, unit, ctx), context);
}
