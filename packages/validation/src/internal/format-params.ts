/** The params of a `format` issue, built from a failed check's result (the interpreter and generated code share it). */
import type { FormatResult } from '../formats/format-check.js';

/** `{ ...r.params, format, reason? }`, without the spread's slow path on the shapes checks answer with. */
export function formatParams(r: FormatResult & { ok: false }, name: string): Record<string, unknown> {
  const reason = r.reason;
  let params: Record<string, unknown>;
  if (r.params === undefined) {
    // One literal per shape: adding `reason` to a built object costs a map transition per issue.
    params = reason === undefined ? { format: name } : { format: name, reason };
  } else if (Object.hasOwn(r.params, '__proto__')) {
    params = reason === undefined ? { ...r.params, format: name } : { ...r.params, format: name, reason };
  } else {
    // The same copy as a spread (own enumerable keys, in order); only an own "__proto__" key needs the spread.
    params = Object.assign({}, r.params);
    params['format'] = name;
    if (reason !== undefined) params['reason'] = reason;
  }
  return params;
}
