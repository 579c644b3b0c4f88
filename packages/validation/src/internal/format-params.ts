/** The params of a `format` issue, built from a failed check's result (the interpreter and generated code share it). */
import type { FormatResult } from '../formats/format-check.js';

/** `{ ...r.params, format, reason? }`, without the spread's slow path on the shapes checks answer with. */
export function formatParams(r: FormatResult & { ok: false }, name: string): Record<string, unknown> {
  const reason = r.reason;
  let params: Record<string, unknown>;
  if (r.params === undefined) return shared(name, reason);
  const interned = sharedWith(r.params, name, reason);
  if (interned !== undefined) return interned;
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

/**
 * Params with a few extra string params (such as `char` or `prefix`), one frozen object per
 * (format, reason, params) as for the pairs, within the same `LIMIT`; undefined for other shapes.
 */
const withExtra = new Map<string, Readonly<Record<string, unknown>>>();
const EXTRA = 2;

function sharedWith(
  extra: Readonly<Record<string, unknown>>,
  name: string,
  reason: string | undefined,
): Record<string, unknown> | undefined {
  const keys = Object.keys(extra);
  if (keys.length > EXTRA) return undefined;
  // Lengths make the key unambiguous whatever the names and values hold.
  let key = `${name.length}:${name}${reason === undefined ? '-' : `${reason.length}:${reason}`}`;
  for (const k of keys) {
    const v = extra[k];
    // A key the copy would overwrite or treat specially keeps the general path.
    if (typeof v !== 'string' || k === 'format' || k === 'reason' || k === '__proto__') return undefined;
    key += `${k.length}:${k}${v.length}:${v}`;
  }
  let params = withExtra.get(key);
  if (params === undefined) {
    const made: Record<string, unknown> = Object.assign({}, extra);
    made['format'] = name;
    if (reason !== undefined) made['reason'] = reason;
    params = Object.freeze(made);
    if (count < LIMIT) {
      withExtra.set(key, params);
      count++;
    }
  }
  return params;
}

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
