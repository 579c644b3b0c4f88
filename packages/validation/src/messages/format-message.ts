/** Words an issue in a locale with every message of the package (both locales, every identifier). */
import { fullBook } from './book.js';
import { wordMessage, type Locale, type NodeMeta } from './word.js';

export type { Locale, MessageBook } from './word.js';
export { fullBook } from './book.js';

/** Words one issue: a per-field override first, then the identifier messages, then the catalog. */
export function formatMessage(
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  locale: Locale,
): string {
  return wordMessage(fullBook, code, params, meta, locale);
}
