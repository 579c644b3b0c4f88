/**
 * Standard JSON Schema formats: date, date-time, time, email, uri, uri-reference, uuid, ipv4,
 * hostname, regex. Every regular expression here is linear (no nested or ambiguous quantifiers).
 */
import type { FormatCheck, FormatResult } from './format-check.js';
import { isEmailAddress, isHostnameIn, isTimeAt } from './scan.js';
import { isUri } from './uri.js';

const OK: FormatResult = { ok: true };
const BAD: FormatResult = { ok: false };
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The number written by `len` ASCII digits at `at`, or -1. */
function digits(s: string, at: number, len: number): number {
  let n = 0;
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** RFC 3339 full-date at `at` (10 characters). */
function isDateAt(s: string, at: number): boolean {
  if (s.charCodeAt(at + 4) !== 45 || s.charCodeAt(at + 7) !== 45) return false;
  const y = digits(s, at, 4);
  const mo = digits(s, at + 5, 2);
  const d = digits(s, at + 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1) return false;
  if (mo === 2 && d === 29) return isLeap(y);
  return d <= (DAYS[mo - 1] as number);
}

/** RFC 3339 full-date. */
export function isDate(s: string): boolean {
  return s.length === 10 && isDateAt(s, 0);
}

/** RFC 3339 full-time (leap seconds only at 23:59:60 UTC). */
export function isTime(s: string): boolean {
  return isTimeAt(s, 0);
}

/** RFC 3339 date-time. */
export function isDateTime(s: string): boolean {
  const t = s.charCodeAt(10);
  return (t === 84 || t === 116) && isDateAt(s, 0) && isTimeAt(s, 11);
}

/** A hostname made of LDH labels. */
export function isHostname(s: string): boolean {
  return isHostnameIn(s, 0, s.length);
}

/** An e-mail address: dot-atom local part, hostname domain with at least one dot. */
export function isEmail(s: string): boolean {
  return isEmailAddress(s);
}

/** An ECMAScript regular expression (compiled, never run). */
function isRegex(s: string): boolean {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}

const wrap =
  (test: (s: string) => boolean): FormatCheck =>
  (s) =>
    test(s) ? OK : BAD;

// One named check per format, so a precompiled module imports only those it uses.
/** `date` (RFC 3339 full-date). */
export const dateFormat: FormatCheck = /* @__PURE__ */ wrap(isDate);
/** `time` (RFC 3339 full-time). */
export const timeFormat: FormatCheck = /* @__PURE__ */ wrap(isTime);
/** `date-time` (RFC 3339). */
export const dateTimeFormat: FormatCheck = /* @__PURE__ */ wrap(isDateTime);
/** `email`. */
export const emailFormat: FormatCheck = /* @__PURE__ */ wrap(isEmail);
/** `hostname`. */
export const hostnameFormat: FormatCheck = /* @__PURE__ */ wrap(isHostname);
/** `ipv4`. */
export const ipv4Format: FormatCheck = /* @__PURE__ */ wrap((s) => IPV4.test(s));
/** `uri`. */
export const uriFormat: FormatCheck = /* @__PURE__ */ wrap((s) => isUri(s, true));
/** `uri-reference`. */
export const uriReferenceFormat: FormatCheck = /* @__PURE__ */ wrap((s) => isUri(s, false));
/** `uuid`. */
export const uuidFormat: FormatCheck = /* @__PURE__ */ wrap((s) => UUID.test(s));
/** `regex`. */
export const regexFormat: FormatCheck = /* @__PURE__ */ wrap(isRegex);

/** The standard format table. */
export const standardFormats: Record<string, FormatCheck> = {
  date: dateFormat,
  time: timeFormat,
  'date-time': dateTimeFormat,
  email: emailFormat,
  hostname: hostnameFormat,
  ipv4: ipv4Format,
  uri: uriFormat,
  'uri-reference': uriReferenceFormat,
  uuid: uuidFormat,
  regex: regexFormat,
};
