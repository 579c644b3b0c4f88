/**
 * The zod face of any `vn-*` format, with a context: the way to check commune codes against the real
 * list, or a personal-id birth year against a fixed "today".
 */
import type * as z from 'zod/mini';
import type { FormatContext } from '../formats/format-check.js';
import { vnFormats } from './formats.js';
import { formatSchema } from './internal/schema.js';

/**
 * A zod string schema for the `vn-*` format `format`, checked with `context`. Failures are `custom`
 * issues with `params: { format, reason, ... }`; {@link identifierMessage} words them.
 * @example vnFormatSchema('vn-commune-code', { adminUnits: adminUnitLookup })
 * @throws RangeError when `format` is not one of {@link vnFormats}.
 */
export function vnFormatSchema(format: `vn-${string}`, context: FormatContext = {}): z.ZodMiniString {
  const check = vnFormats[format];
  if (check === undefined) throw new RangeError(`Unknown format: ${format}`);
  return formatSchema(format, check, context);
}
