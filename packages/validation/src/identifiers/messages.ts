/**
 * Messages for the `vn-*` formats, keyed `<format>` or `<format>.<reason>`. Templates may use
 * `{param}` placeholders filled from the params. Vietnamese is written as a government form
 * would word it; English second.
 */

import { identifierMessagesEn } from './messages-en.js';
import { identifierMessagesVi } from './messages-vi.js';

/** Messages of the `vn-*` formats in Vietnamese (`vi`) and English (`en`). */
export const identifierMessages: { vi: Record<string, string>; en: Record<string, string> } = {
  vi: identifierMessagesVi,
  en: identifierMessagesEn,
};
