/**
 * Finding options by what the user typed, ignoring case, punctuation and Vietnamese diacritics. The
 * folding is `searchKeyOf` of `@dvc-kit/validation/lists` (its one home; imported from the main
 * entry, which exports it too, so that the lists' data stays out of the forms' main chunk), so a
 * combobox finds what the shared lists' own search finds.
 */
import { searchKeyOf } from '@dvc-kit/validation';

/** What an option is found by: its label, and other words (other names, the English name). */
export interface SearchableOption {
  /** The code stored: typing it exactly (`VN`, `01`) finds the option first. */
  value?: string;
  label: string;
  keywords?: string | undefined;
}

const KEYS = new WeakMap<SearchableOption, string>();

function keyOf(option: SearchableOption): string {
  let key = KEYS.get(option);
  if (key === undefined) {
    key = searchKeyOf(option.keywords === undefined ? option.label : `${option.label} ${option.keywords}`);
    KEYS.set(option, key);
  }
  return key;
}

/**
 * The options matching `query` (all of them for an empty query): the folded query is part of the
 * folded label or keywords (also with spaces ignored, so "ede" finds "Ê-đê"). Options whose label
 * starts with it, or has a word starting with it, come first (the option whose value is the typed
 * text, `VN` or `01`, before them); otherwise the order is kept.
 */
export function filterOptions<T extends SearchableOption>(options: readonly T[], query: string): T[] {
  const key = searchKeyOf(query);
  if (key === '') return [...options];
  const compact = key.replace(/ /g, '');
  const code = query.trim().toLowerCase();
  const exact: T[] = [];
  const first: T[] = [];
  const words: T[] = [];
  const rest: T[] = [];
  for (const option of options) {
    const found = keyOf(option);
    const at = found.indexOf(key);
    if (option.value?.toLowerCase() === code) exact.push(option);
    else if (at === 0) first.push(option);
    else if (at > 0 && found[at - 1] === ' ') words.push(option);
    else if (at > 0 || found.replace(/ /g, '').includes(compact)) rest.push(option);
  }
  return [...exact, ...first, ...words, ...rest];
}
