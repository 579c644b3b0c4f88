/**
 * The English half of the validation core's messages, added to the single file's message book
 * (`scripts/cdn/book.js`) when this file loads.
 */
import { identifierMessagesEn } from '../../../validation/src/identifiers/messages-en.ts';
import { en } from '../../../validation/src/messages/en.ts';
import { fullBook } from './book.js';

fullBook.catalogs.en = en;
fullBook.identifiers.en = identifierMessagesEn;
