/** Diacritic-insensitive word matching, as the procedure, agency and commune searches use it. */
import { foldDiacritics } from '@dvc-kit/admin-units';

/** The words of a query, folded (lower case, no diacritics, đ → d); punctuation splits words. */
export function queryWords(query: string): string[] {
  return foldDiacritics(query)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => w !== '');
}

/** Whether every word appears in `foldedText` (already folded). */
export function matchesAll(foldedText: string, words: readonly string[]): boolean {
  return words.every((w) => foldedText.includes(w));
}
