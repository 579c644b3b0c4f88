/**
 * The shape every shared list has: what a listbox (combobox, select) shows, what it stores, and what
 * it matches typed text against.
 */
export interface ListItem {
  /** The value stored: `"01"` for an ethnic group, `"VN"` for a country. */
  readonly code: string;
  /** The Vietnamese name, shown first. */
  readonly vi: string;
  /** The English name. */
  readonly en: string;
  /**
   * Lower case, no diacritics (đ as d), single spaces: the Vietnamese name, its other names and the
   * English name, so that "ede", "rhade" and "Ê-đê" all find code 12. Compare with {@link searchKeyOf}
   * of the typed text.
   */
  readonly searchKey: string;
}

export { searchKeyOf } from './internal/fold.js';
