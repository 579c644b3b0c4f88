/** The params of a `format` issue, built from a failed check's result (the interpreter and generated code share it). */
import type { FormatResult } from '../formats/format-check.js';

/** `{ ...r.params, format, reason? }`, without the spread's slow path on the shapes checks answer with. */
export function formatParams(r: FormatResult & { ok: false }, name: string): Record<string, unknown> {
  const reason = r.reason;
  let params: Record<string, unknown>;
  if (r.params === undefined) return shared(name, reason);
  if (Object.hasOwn(r.params, '__proto__')) {
    params = reason === undefined ? { ...r.params, format: name } : { ...r.params, format: name, reason };
  } else {
    // The same copy as a spread (own enumerable keys, in order); only an own "__proto__" key needs the spread.
    params = Object.assign({}, r.params);
    params['format'] = name;
    if (reason !== undefined) params['reason'] = reason;
  }
  return params;
}

/**
 * Params made only of the format name and the reason, one frozen object per pair: the wording of
 * an issue with frozen params is kept after its first reading (`internal/run.ts`), as for the
 * constants of generated code. At most `LIMIT` pairs (a custom check could answer any reason).
 */
const pairs = new Map<string, Map<string | undefined, Readonly<Record<string, unknown>>>>();
const LIMIT = 4096;
let count = 0;

function shared(name: string, reason: string | undefined): Record<string, unknown> {
  let byReason = pairs.get(name);
  if (byReason === undefined)
    pairs.set(name, (byReason = new Map<string | undefined, Readonly<Record<string, unknown>>>()));
  let params = byReason.get(reason);
  if (params === undefined) {
    // One literal per shape: adding `reason` to a built object costs a map transition per issue.
    params = Object.freeze(reason === undefined ? { format: name } : { format: name, reason });
    if (count < LIMIT) {
      byReason.set(reason, params);
      count++;
    }
  }
  return params;
}
