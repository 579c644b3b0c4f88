/** The format table the compiler starts from: standard formats merged with the `vn-*` identifier formats. */
import { vnFormats } from '../identifiers/formats.js';
import type { FormatCheck } from './format-check.js';
import { standardFormats } from './standard.js';

/** Every built-in format, standard and Vietnamese. Extend it per compile with the `formats` option. */
export function builtInFormats(extra?: Record<string, FormatCheck>): Record<string, FormatCheck> {
  const table: Record<string, FormatCheck> = Object.create(null) as Record<string, FormatCheck>;
  Object.assign(table, standardFormats, vnFormats, extra);
  return table;
}
