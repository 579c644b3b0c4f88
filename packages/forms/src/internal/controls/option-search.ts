/** Finding options by what the user typed, ignoring case and Vietnamese diacritics. */

/** `text` folded for matching: lower case, no diacritics, `đ` as `d`. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/giu, 'd').toLowerCase().trim();
}

/** The options whose label contains `query` (all of them for an empty query). */
export function filterOptions<T extends { label: string }>(options: readonly T[], query: string): T[] {
  const folded = foldText(query);
  if (folded === '') return [...options];
  return options.filter((option) => foldText(option.label).includes(folded));
}
