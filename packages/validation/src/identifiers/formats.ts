/**
 * The `vn-*` formats: each maps a JSON Schema `format` name to the identifier check behind it.
 * The compiler merges this table with the standard formats (date, email, uri, ...).
 */
import type { FormatCheck } from '../formats/format-check.js';
import { isTaxCode } from './tax-code.js';

export const vnFormats: Record<`vn-${string}`, FormatCheck> = {
  'vn-tax-code': (value) => (isTaxCode(value) ? { ok: true } : { ok: false }),
};
