/**
 * The search key of a name: lower case, without Vietnamese diacritics (đ becomes d), words separated
 * by single spaces, so that "Ê-đê", "ede" and "E De" find the same entry. `@dvc-kit/admin-units` has
 * its own fold for unit names; the two layers may not import each other.
 */
const MARKS = /[\u0300-\u036f]/g;
const NOT_WORD = /[^a-z0-9]+/g;

export function searchKeyOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}
