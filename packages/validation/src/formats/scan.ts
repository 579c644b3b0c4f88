/**
 * Linear scanners behind the `date-time`, `time`, `email` and `hostname` formats: one pass over the
 * characters, no substrings, no regular expressions. Each accepts exactly what the regular
 * expression in its comment accepts.
 */

/** The number written by the two ASCII digits at `at`, or -1. */
export function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at) - 48;
  const b = s.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/**
 * RFC 3339 full-time from `from` to the end of `s`:
 * `^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[zZ]|([+-])(\d{2}):(\d{2}))$`, hours ≤ 23, minutes ≤ 59,
 * seconds ≤ 60, offset ≤ 23:59, and a leap second only at 23:59:60 UTC.
 */
export function isTimeAt(s: string, from: number): boolean {
  const h = twoDigits(s, from);
  const min = twoDigits(s, from + 3);
  const sec = twoDigits(s, from + 6);
  if (h < 0 || min < 0 || sec < 0 || s.charCodeAt(from + 2) !== 58 || s.charCodeAt(from + 5) !== 58)
    return false;
  let i = from + 8;
  if (s.charCodeAt(i) === 46) {
    const start = ++i;
    while (isDigit(s.charCodeAt(i))) i++;
    if (i === start) return false;
  }
  let oh = 0;
  let om = 0;
  let sign = -1;
  const c = s.charCodeAt(i);
  if (c === 90 || c === 122) {
    if (i + 1 !== s.length) return false;
  } else if (c === 43 || c === 45) {
    oh = twoDigits(s, i + 1);
    om = twoDigits(s, i + 4);
    if (oh < 0 || om < 0 || s.charCodeAt(i + 3) !== 58 || i + 6 !== s.length) return false;
    if (c === 45) sign = 1;
  } else {
    return false;
  }
  if (h > 23 || min > 59 || sec > 60 || oh > 23 || om > 59) return false;
  if (sec < 60) return true;
  const utc = (((h * 60 + min + sign * (oh * 60 + om)) % 1440) + 1440) % 1440;
  return utc === 23 * 60 + 59;
}

/**
 * A hostname of LDH labels between `from` and `to`: 1-253 characters, labels matching
 * `^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$` separated by single dots.
 */
export function isHostnameIn(s: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 0 || length > 253) return false;
  let labelStart = from;
  for (let i = from; i <= to; i++) {
    const c = i === to ? 46 : s.charCodeAt(i);
    if (c === 46) {
      const n = i - labelStart;
      if (n === 0 || n > 63 || !isAlnum(s.charCodeAt(labelStart)) || !isAlnum(s.charCodeAt(i - 1)))
        return false;
      labelStart = i + 1;
    } else if (c !== 45 && !isAlnum(c)) {
      return false;
    }
  }
  return true;
}

/** `A-Za-z0-9!#$%&'*+/=?^_\`{|}~.-`: the characters of a dot-atom local part, by code. */
const LOCAL = ((): Uint8Array => {
  const table = new Uint8Array(128);
  for (const ch of "!#$%&'*+/=?^_`{|}~.-") table[ch.charCodeAt(0)] = 1;
  for (let c = 0; c < 128; c++) if (isAlnum(c)) table[c] = 1;
  return table;
})();

/**
 * An e-mail address: a dot-atom local part of 1-64 characters (no leading, trailing or double dot)
 * before the last `@`, and a hostname with at least one dot after it.
 */
export function isEmailAddress(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0 || at > 64) return false;
  for (let i = 0; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || LOCAL[c] !== 1) return false;
    if (c === 46 && (i === 0 || i === at - 1 || s.charCodeAt(i + 1) === 46)) return false;
  }
  return s.indexOf('.', at + 1) !== -1 && isHostnameIn(s, at + 1, s.length);
}
