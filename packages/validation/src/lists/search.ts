/**
 * Filtering a shared list by what a person types, as a combobox does.
 */
import { searchKeyOf, type ListItem } from './list-item.js';

/**
 * The items of `list` that match `text`: every typed word must start a word of the item's search key
 * (so "e de" and "ede" find Ê-đê, "hoa ky" finds Hoa Kỳ), or the text is the item's code. Items whose
 * Vietnamese name starts with the text come first; otherwise the list's order is kept.
 */
export function filterList(list: readonly ListItem[], text: string): ListItem[] {
  const key = searchKeyOf(text);
  if (key.length === 0) return [...list];
  const words = key.split(' ');
  const compact = key.replace(/ /g, '');
  const upper = text.trim().toUpperCase();
  const matches = list.filter((item) => {
    if (item.code === upper || item.code === text.trim()) return true;
    const itemWords = item.searchKey.split(' ');
    if (words.every((w) => itemWords.some((iw) => iw.startsWith(w)))) return true;
    return item.searchKey.replace(/ /g, '').includes(compact);
  });
  const first = matches.filter((item) => searchKeyOf(item.vi).startsWith(key));
  return [...first, ...matches.filter((item) => !first.includes(item))];
}
