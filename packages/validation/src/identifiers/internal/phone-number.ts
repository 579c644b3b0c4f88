/**
 * Reads a Vietnamese phone number as people write it and returns its national significant number
 * (the digits after `0` or `+84`).
 */

/** Digits and the separators people use: spaces, dots, dashes, parentheses, a leading `+`. */
const WRITTEN = /^[\d\s.()+-]+$/;
const SEPARATOR = /[\s.()-]/;
const SEPARATORS = /[\s.()-]/g;
const SIGNIFICANT = /^[1-9]\d{8,9}$/;

/**
 * libphonenumber's pattern for Vietnamese mobile national numbers (9 digits): the `mobile`
 * `NationalNumberPattern` of its VN metadata (Apache-2.0), as published in libphonenumber-js 1.13.18
 * and giggsey/libphonenumber-for-php-lite (19e905b):
 * `121[0-3]\d{5}|(?:1[46]0|(?:3\d|7[06-9])\d|5(?:[1689]\d|2[238]|59)|8(?:[1-8]\d|9[6-9])|9(?:[0-8]\d|9[013-9]))\d{6}`.
 * It covers the 2018 numbering plan and the ranges opened since (Viettel 086x, Itel 087x, 051x,
 * Reddi 0559, MobiFone 0896-0899, and the 01210-01213, 0140 and 0160 blocks). A test compares it with
 * libphonenumber-js on every 4-digit start.
 */
export const MOBILE_NSN =
  /^(?:121[0-3]\d{5}|(?:1[46]0|(?:3\d|7[06-9])\d|5(?:[1689]\d|2[238]|59)|8(?:[1-8]\d|9[6-9])|9(?:[0-8]\d|9[013-9]))\d{6})$/;

/** Fixed-line national numbers: `2x` + 8 digits (written `02x` + 8 digits). */
export const LANDLINE_NSN = /^2\d{9}$/;

const INTERNATIONAL_PREFIXES = ['+84', '0084', '84'] as const;

/**
 * The national significant number (9 or 10 digits, not starting with 0) of a number written as
 * `0…`, `+84…`, `0084…` or `84…`, with separators; an international form may keep the trunk `(0)`.
 * @returns the digits, or `undefined` when the text is not written like a Vietnamese number.
 */
export function nationalSignificantNumber(input: string): string | undefined {
  if (!WRITTEN.test(input)) return undefined;
  const compact = SEPARATOR.test(input) ? input.replace(SEPARATORS, '') : input;
  let rest: string | undefined;
  for (const prefix of INTERNATIONAL_PREFIXES) {
    if (compact.startsWith(prefix)) {
      rest = compact.slice(prefix.length);
      if (rest.startsWith('0')) rest = rest.slice(1);
      break;
    }
  }
  if (rest === undefined && compact.startsWith('0')) rest = compact.slice(1);
  return rest !== undefined && SIGNIFICANT.test(rest) ? rest : undefined;
}
