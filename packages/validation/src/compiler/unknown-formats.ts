/**
 * Formats the compiler does not know (`password`, `color`, `data-url`, `uint8`, ...). By default
 * they are annotations, as JSON Schema 2020-12 says, with one console warning per format name per
 * process so a typo does not go unseen; `unknownFormats: 'error'` makes them compile errors.
 */
import { SchemaError } from '../errors.js';

const warned = new Set<string>();

/** Handles a `format` with no check: throws in `error` mode, else warns once per name. */
export function unknownFormat(name: string, pointer: string, mode: 'annotate' | 'error'): null {
  if (mode === 'error')
    throw new SchemaError('unknown_format', 'format', pointer, `Unknown format "${name}"`);
  if (!warned.has(name)) {
    warned.add(name);
    console.warn(
      `@dvc-kit/validation: format "${name}" is unknown and is not checked (an annotation). ` +
        `Give a check in the formats option, or set unknownFormats: 'error' to refuse it.`,
    );
  }
  return null;
}
