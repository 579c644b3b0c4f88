/**
 * Search keys: folded text reduced to words of letters and digits, so that punctuation, apostrophes,
 * repeated spaces and leading zeros do not decide whether two names match.
 */
import { foldDiacritics } from '../fold.js';

/** "Phường Văn Miếu - Quốc Tử Giám" -> "phuong van mieu quoc tu giam"; "Cư M'gar" -> "cu mgar". */
export function searchKey(text: string): string {
  return foldDiacritics(text)
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .trim();
}

/** Type words a name may start with, as search keys, longest first. */
export const PROVINCE_TYPE_WORDS: readonly string[] = ['thanh pho', 'tinh'];
export const COMMUNE_TYPE_WORDS: readonly string[] = ['dac khu', 'phuong', 'xa'];
export const OLD_WARD_TYPE_WORDS: readonly string[] = ['thi tran', 'phuong', 'xa'];
export const OLD_DISTRICT_TYPE_WORDS: readonly string[] = ['thanh pho', 'thi xa', 'quan', 'huyen'];

type Abbreviations = readonly (readonly [RegExp, string])[];

/** Abbreviations safe while typing a name: "tp hue" -> "thanh pho hue". */
export const SEARCH_ABBREVIATIONS: Abbreviations = [[/^tp\b ?/, 'thanh pho ']];

/** Abbreviations of a written address part: also "tt", "p. 1", "x.", "q.", "h.". */
export const ADDRESS_ABBREVIATIONS: Abbreviations = [
  ...SEARCH_ABBREVIATIONS,
  [/^tt\b ?/, 'thi tran '],
  [/^p\b ?/, 'phuong '],
  [/^x\b ?/, 'xa '],
  [/^q\b ?/, 'quan '],
  [/^h\b ?/, 'huyen '],
];

/** Expands a leading abbreviation in a search key. */
export function expandAbbreviation(key: string, abbreviations: Abbreviations = SEARCH_ABBREVIATIONS): string {
  for (const [pattern, replacement] of abbreviations) {
    if (pattern.test(key)) return key.replace(pattern, replacement).trim();
  }
  return key;
}

/** Splits a key into its leading type word (if it is one of `words`) and the rest. */
export function splitTypeWord(key: string, words: readonly string[]): readonly [string | undefined, string] {
  for (const word of words) {
    if (key === word) return [word, ''];
    if (key.startsWith(`${word} `)) return [word, key.slice(word.length + 1)];
  }
  return [undefined, key];
}
