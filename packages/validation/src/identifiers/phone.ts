/**
 * Vietnamese phone numbers: mobile (`0` or `+84` + 9 digits matching libphonenumber's Vietnam mobile
 * pattern) and landline (`02x` + 8 digits). Spaces, dots, dashes and parentheses are tolerated, and
 * `+84`, `0084` and `84` are read as the country code.
 */
import type * as z from 'zod/mini';
import type { FormatResult } from '../formats/format-check.js';
import { LANDLINE_NSN, MOBILE_NSN, nationalSignificantNumber } from './internal/phone-number.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';

/** A phone number in its two normal forms. */
export interface ParsedPhone {
  kind: 'mobile' | 'landline';
  /** International form: `+84912345678`. */
  e164: string;
  /** National form: `0912345678`. */
  national: string;
}

function checkMobileNsn(nsn: string | undefined): FormatResult {
  if (nsn === undefined || nsn.length !== 9) return fail('pattern');
  return MOBILE_NSN.test(nsn) ? OK : fail('prefix', { prefix: `0${nsn.slice(0, 2)}` });
}

function checkLandlineNsn(nsn: string | undefined): FormatResult {
  return nsn !== undefined && LANDLINE_NSN.test(nsn) ? OK : fail('pattern');
}

/** Checks a mobile number. Reasons: `pattern` (not 0/+84 + 9 digits), `prefix` (params `prefix`). */
export function checkMobilePhone(value: string): FormatResult {
  return checkMobileNsn(nationalSignificantNumber(value));
}

/** Checks a landline number. Reason: `pattern` (not `02x` + 8 digits). */
export function checkLandlinePhone(value: string): FormatResult {
  return checkLandlineNsn(nationalSignificantNumber(value));
}

/** Checks a mobile or landline number. Reasons: `pattern`, `prefix` (a 9-digit number of no mobile network). */
export function checkPhone(value: string): FormatResult {
  const nsn = nationalSignificantNumber(value);
  return nsn?.length === 9 ? checkMobileNsn(nsn) : checkLandlineNsn(nsn);
}

/**
 * Parses a mobile or landline number and normalises it.
 * @returns its kind with `+84…` and `0…` forms, or `undefined` when it is neither.
 */
export function parsePhone(value: string): ParsedPhone | undefined {
  const nsn = nationalSignificantNumber(value);
  if (nsn === undefined) return undefined;
  const kind = nsn.length === 9 ? 'mobile' : 'landline';
  const check = kind === 'mobile' ? checkMobileNsn(nsn) : checkLandlineNsn(nsn);
  return check.ok ? { kind, e164: `+84${nsn}`, national: `0${nsn}` } : undefined;
}

/** Whether `value` is a Vietnamese mobile number. */
export function isMobilePhone(value: string): boolean {
  return checkMobilePhone(value).ok;
}

/** Whether `value` is a Vietnamese landline number. */
export function isLandlinePhone(value: string): boolean {
  return checkLandlinePhone(value).ok;
}

/** Whether `value` is a Vietnamese mobile or landline number. */
export function isPhone(value: string): boolean {
  return checkPhone(value).ok;
}

/** zod schema for `vn-mobile`. */
export const mobilePhoneSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema('vn-mobile', checkMobilePhone);

/** zod schema for `vn-landline`. */
export const landlinePhoneSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-landline',
  checkLandlinePhone,
);

/** zod schema for `vn-phone` (mobile or landline). */
export const phoneSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema('vn-phone', checkPhone);
