/**
 * Builds the zod face of a format check: a string schema whose single check runs the `FormatCheck`
 * and reports a `custom` issue with `params: { format, reason, ...params }`, so that an error map can
 * localise it from the `<format>.<reason>` message keys. No message is set on the issue itself.
 * Only closures, no code generation: the schema behaves the same under zod's jitless mode. zod is
 * imported as a namespace (`import * as z`), which bundlers tree-shake; `import { z }` pulls in all of it.
 */
import * as z from 'zod/mini';
import type { FormatCheck, FormatContext } from '../../formats/format-check.js';

/** A string schema that runs `check` (with `context`, or an empty one) on every value. */
export function formatSchema(
  format: string,
  check: FormatCheck,
  context: FormatContext = {},
): z.ZodMiniString {
  return z.string().check((payload) => {
    const result = check(payload.value, context);
    if (result.ok) return;
    payload.issues.push({
      code: 'custom',
      input: payload.value,
      params: { ...result.params, format, reason: result.reason ?? 'invalid' },
    });
  });
}
