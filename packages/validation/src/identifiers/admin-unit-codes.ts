/**
 * Codes of the 2025 administrative units (Decision 19/2025/QĐ-TTg): a province is 2 digits, a commune
 * 5 digits. Without a lookup only the pattern is checked; with `context.adminUnits` (the
 * `AdminUnitLookup` that `@dvc-kit/admin-units` exports) the code must also exist.
 */
import type * as z from 'zod/mini';
import type { AdminUnitLookup, FormatContext, FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

const PROVINCE = /^\d{2}$/;
const COMMUNE = /^\d{5}$/;

/** Checks a 2025 province code. Reasons: `pattern` (not 2 digits), `unknown` (not in the lookup; params `code`). */
export function checkProvinceCode(value: string, context: FormatContext = {}): FormatResult {
  if (!PROVINCE.test(value)) return fail('pattern');
  return context.adminUnits === undefined || context.adminUnits.isProvinceCode(value)
    ? OK
    : fail('unknown', { code: value });
}

/** Checks a 2025 commune code. Reasons: `pattern` (not 5 digits), `unknown` (not in the lookup; params `code`). */
export function checkCommuneCode(value: string, context: FormatContext = {}): FormatResult {
  if (!COMMUNE.test(value)) return fail('pattern');
  return context.adminUnits === undefined || context.adminUnits.isCommuneCode(value)
    ? OK
    : fail('unknown', { code: value });
}

/** Whether `value` is a province code: 2 digits, and a real one when `adminUnits` is given. */
export function isProvinceCode(value: string, adminUnits?: AdminUnitLookup): boolean {
  return checkProvinceCode(value, { adminUnits }).ok;
}

/** Whether `value` is a commune code: 5 digits, and a real one when `adminUnits` is given. */
export function isCommuneCode(value: string, adminUnits?: AdminUnitLookup): boolean {
  return checkCommuneCode(value, { adminUnits }).ok;
}

/** zod schema for `vn-province-code` (pattern only; see `vnFormatSchema` to pass a lookup). */
export const provinceCodeSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-province-code',
  checkProvinceCode,
);

/** zod schema for `vn-commune-code` (pattern only; see `vnFormatSchema` to pass a lookup). */
export const communeCodeSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-commune-code',
  checkCommuneCode,
);
