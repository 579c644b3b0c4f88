/**
 * The single file's `@dvc-kit/validation` message book (in place of `src/messages/book.ts`): the
 * Vietnamese catalogs up front; `english.js` adds the English ones. A locale the book lacks is
 * worded in Vietnamese (`wordMessage`), so an issue worded before English arrives still reads.
 */
import { identifierMessagesVi } from '../../../validation/src/identifiers/messages-vi.ts';
import { vi } from '../../../validation/src/messages/vi.ts';

/** @type {import('../../../validation/src/messages/word.ts').MessageBook} */
export const fullBook = { catalogs: { vi }, identifiers: { vi: identifierMessagesVi } };
