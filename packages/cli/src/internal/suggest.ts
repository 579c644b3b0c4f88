/** "Did you mean ...?": the nearest known word by edit distance. */

/** Levenshtein distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known word closest to `input`, when it is close enough to be a likely typo (at most a third of
 * its length, and at least 2, edits away, or one is a prefix of the other); ties go to the first in `known`.
 */
export function nearest(input: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(input.length / 3)) + 1;
  for (const word of known) {
    const prefix =
      Math.min(input.length, word.length) >= 3 && (word.startsWith(input) || input.startsWith(word));
    const distance = prefix ? 1 : editDistance(input, word);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}
