/** The message book the compiled validators word issues with: both locales, every identifier. */
import { identifierMessagesEn } from '../identifiers/messages-en.js';
import { identifierMessagesVi } from '../identifiers/messages-vi.js';
import { en } from './en.js';
import { vi } from './vi.js';
import type { MessageBook } from './word.js';

/** Every message: the vi and en catalogs and the identifier messages of both. */
export const fullBook: MessageBook = {
  catalogs: { vi, en },
  identifiers: { vi: identifierMessagesVi, en: identifierMessagesEn },
};
