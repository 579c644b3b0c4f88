/** Words an issue in a locale with every message of the package (both locales, every identifier). */
import type { NodeMeta } from '../compiler/types.js';
import { identifierMessages } from '../identifiers/messages.js';
import { en } from './en.js';
import { vi } from './vi.js';
import { wordMessage, type Locale, type MessageBook } from './word.js';

export type { Locale, MessageBook } from './word.js';

/** Every message: the vi and en catalogs and the identifier messages. */
export const fullBook: MessageBook = { catalogs: { vi, en }, identifiers: identifierMessages };

/** Words one issue: a per-field override first, then the identifier messages, then the catalog. */
export function formatMessage(
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  locale: Locale,
): string {
  return wordMessage(fullBook, code, params, meta, locale);
}
