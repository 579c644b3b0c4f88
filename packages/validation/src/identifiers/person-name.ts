/**
 * Vietnamese personal names (họ và tên): words of Vietnamese letters (with every diacritic, in
 * precomposed or combining form) separated by single spaces. No digits or symbols, except an
 * apostrophe between two letters of a word, as in Ê Đê and Jrai names such as `H'Hen Niê`.
 * The value is NFC-normalised before it is checked; {@link normalizePersonName} also fixes spaces.
 */
import type * as z from 'zod/mini';
import type { FormatResult } from '../formats/format-check.js';
import { fail, OK } from './internal/result.js';
import { formatSchema } from './internal/schema.js';
import { VIETNAMESE_LETTERS } from './internal/vietnamese-letters.js';

/** Shortest and longest accepted name, in characters after NFC normalisation (a project choice). */
export const PERSON_NAME_LENGTH: { readonly min: number; readonly max: number } = { min: 2, max: 100 };

const APOSTROPHES = new Set(["'", '\u2019']);

/** 1 at the UTF-16 code of every Vietnamese letter (each is one BMP code point in NFC, below U+2000). */
const LETTER_TABLE = ((): Uint8Array => {
  const table = new Uint8Array(0x2000);
  for (const l of VIETNAMESE_LETTERS) table[l.charCodeAt(0)] = 1;
  return table;
})();
const LETTER_CODES = { has: (code: number): boolean => LETTER_TABLE[code] === 1 };
const SPACE = 0x20;

/** Whether `code` is a letter, a space or an apostrophe: a name made of these alone is already NFC. */
function isSimple(code: number): boolean {
  return LETTER_CODES.has(code) || code === SPACE || code === 0x27 || code === 0x2019;
}

/**
 * The answer of {@link checkPersonName} for a name made of letters, spaces and apostrophes only,
 * read code unit by code unit (each is a whole character here): no normalisation, no array.
 */
function checkSimpleName(name: string): FormatResult {
  const n = name.length;
  let blank = true;
  for (let i = 0; i < n && blank; i++) blank = name.charCodeAt(i) === SPACE;
  if (blank) return fail('empty');
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (LETTER_CODES.has(c)) continue;
    if (c === SPACE) {
      if (i === 0 || i === n - 1 || name.charCodeAt(i + 1) === SPACE) return fail('spaces');
      continue;
    }
    if (
      i > 0 &&
      i < n - 1 &&
      LETTER_CODES.has(name.charCodeAt(i - 1)) &&
      LETTER_CODES.has(name.charCodeAt(i + 1))
    )
      continue;
    return fail('characters', { char: name[i] });
  }
  const { min, max } = PERSON_NAME_LENGTH;
  if (n < min) return fail('too-short', { min, max });
  if (n > max) return fail('too-long', { min, max });
  return OK;
}

/**
 * Trims, collapses runs of white space into one space and NFC-normalises a name, so that a name
 * typed with stray spaces or combining diacritics becomes the canonical form.
 */
export function normalizePersonName(input: string): string {
  return input.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * Checks a personal name. Reasons: `empty`; `spaces` (leading, trailing or repeated spaces);
 * `characters` (a digit, symbol or non-Vietnamese letter; params `char`); `too-short` / `too-long`
 * (params `min`, `max`).
 */
export function checkPersonName(value: string): FormatResult {
  let simple = true;
  for (let i = 0; i < value.length && simple; i++) simple = isSimple(value.charCodeAt(i));
  if (simple) return checkSimpleName(value);
  const name = value.normalize('NFC');
  if (name.trim() === '') return fail('empty');
  const chars = Array.from(name);
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? '';
    if (VIETNAMESE_LETTERS.has(char)) continue;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if (char === ' ' || /^\s$/.test(char)) {
      if (char !== ' ' || i === 0 || i === chars.length - 1 || after === ' ') return fail('spaces');
      continue;
    }
    if (APOSTROPHES.has(char) && VIETNAMESE_LETTERS.has(before) && VIETNAMESE_LETTERS.has(after)) continue;
    return fail('characters', { char });
  }
  const { min, max } = PERSON_NAME_LENGTH;
  if (chars.length < min) return fail('too-short', { min, max });
  if (chars.length > max) return fail('too-long', { min, max });
  return OK;
}

/** Whether `value` is a well-formed Vietnamese personal name (after NFC normalisation). */
export function isPersonName(value: string): boolean {
  return checkPersonName(value).ok;
}

/** zod schema for `vn-person-name`. It checks only: call {@link normalizePersonName} to clean input. */
export const personNameSchema: z.ZodMiniString = /* @__PURE__ */ formatSchema(
  'vn-person-name',
  checkPersonName,
);
