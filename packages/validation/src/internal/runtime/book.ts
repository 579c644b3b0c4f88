/**
 * The message book of a precompiled module in its packed form (`packBook`, `compiler/codegen/
 * messages.ts`): each key written once for every locale, the `vn-*` identifier keys grouped by
 * format, and per locale the texts in key order (`0` where the locale has no text).
 */
import type { Locale, MessageBook } from '../../messages/word.js';

/** A packed message book. */
export interface PackedBook {
  /** The catalog keys, separated by spaces. */
  k: string;
  /** The identifier keys: `format:reason,reason` groups separated by spaces (an empty reason: the format's own key). */
  i: string;
  /** Per locale, in the book's order: the texts of the catalog keys, then of the identifier keys. */
  v: Partial<Record<Locale, readonly (string | 0)[]>>;
}

/** The keys of a packed book: catalog keys, then identifier keys. */
function keysOf(p: PackedBook): [string[], string[]] {
  const ids: string[] = [];
  for (const group of p.i === '' ? [] : p.i.split(' ')) {
    const colon = group.indexOf(':');
    const format = group.slice(0, colon);
    for (const reason of group.slice(colon + 1).split(','))
      ids.push(reason === '' ? format : `${format}.${reason}`);
  }
  return [p.k === '' ? [] : p.k.split(' '), ids];
}

/** The message book a packed one stands for. */
export function unpackBook(p: PackedBook): MessageBook {
  const [catalogKeys, idKeys] = keysOf(p);
  const book: MessageBook = { catalogs: {}, identifiers: {} };
  for (const locale of Object.keys(p.v) as Locale[]) {
    const texts = p.v[locale] ?? [];
    const table = (keys: string[], from: number): Record<string, string> => {
      const t: Record<string, string> = {};
      keys.forEach((key, n) => {
        const text = texts[from + n];
        if (typeof text === 'string') t[key] = text;
      });
      return t;
    };
    book.catalogs[locale] = table(catalogKeys, 0);
    book.identifiers[locale] = table(idKeys, catalogKeys.length);
  }
  return book;
}
