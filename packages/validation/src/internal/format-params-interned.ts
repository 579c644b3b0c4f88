/**
 * The params of a `format` issue as the JIT makes them (`node.ts` hands it to generated code as
 * `formatParams`): those of `formatParams`, but params with a few extra string params (such as
 * `char` or `prefix`) are one frozen object per (format, reason, params), so their wording is kept
 * after the first reading (`issue.ts`) as for the constants. Not in the runtime precompiled
 * modules import, which a page downloads.
 */
import type { FormatResult } from '../formats/format-check.js';
import { formatParams } from './format-params.js';

/** At most this many params are shared (a custom check could answer any value). */
const LIMIT = 4096;
let count = 0;

/**
 * The shared params, found through a map per step (format, reason, then each extra name and
 * value), which costs less than building one key string per issue.
 */
interface Step {
  next: Map<string | undefined, Step>;
  params: Readonly<Record<string, unknown>> | undefined;
}
const step = (): Step => ({ next: new Map<string | undefined, Step>(), params: undefined });
const withExtra = step();
const EXTRA = 2;

/** The step of `key` after `at`, made when missing while fewer than `LIMIT` params are kept. */
function down(at: Step | undefined, key: string | undefined): Step | undefined {
  if (at === undefined) return undefined;
  let to = at.next.get(key);
  if (to === undefined && count < LIMIT) at.next.set(key, (to = step()));
  return to;
}

function sharedWith(
  extra: Readonly<Record<string, unknown>>,
  name: string,
  reason: string | undefined,
): Record<string, unknown> | undefined {
  const keys = Object.keys(extra);
  if (keys.length > EXTRA) return undefined;
  for (const k of keys) {
    // A key the copy would overwrite or treat specially keeps the general path.
    if (typeof extra[k] !== 'string' || k === 'format' || k === 'reason' || k === '__proto__')
      return undefined;
  }
  let at = down(down(withExtra, name), reason);
  for (const k of keys) at = down(down(at, k), extra[k] as string);
  if (at === undefined) return undefined;
  if (at.params === undefined) {
    const made: Record<string, unknown> = Object.assign({}, extra);
    made['format'] = name;
    if (reason !== undefined) made['reason'] = reason;
    at.params = Object.freeze(made);
    count++;
  }
  return at.params;
}

/**
 * A format call site's last shared params (`Gen.formatSite`): for the reason `r`, and for the extra
 * params whose own keys and values were `k` and `x` (both empty for none).
 */
export interface FormatSite {
  r: string | undefined;
  p: Record<string, unknown> | undefined;
  k: string[];
  x: unknown[];
}

/** Whether `extra` has the own keys `keys`, in that order, with the values `values`, and no other key. */
function sameExtra(extra: Readonly<Record<string, unknown>>, keys: string[], values: unknown[]): boolean {
  let i = 0;
  // for-in lists own keys first, in `Object.keys` order; an inherited one ends the match.
  for (const k in extra) {
    if (i === keys.length || k !== keys[i] || extra[k] !== values[i]) return false;
    i++;
  }
  return i === keys.length;
}

/**
 * `formatParams(r, name)`, shared and frozen when the check's params are a few strings. `site`, the
 * cache of the calling site (JIT code): a site failing again for the same reason with the same
 * extra params gets its params without the lookups by name, reason and each extra param.
 */
export function internedFormatParams(
  r: FormatResult & { ok: false },
  name: string,
  site?: FormatSite,
): Record<string, unknown> {
  const extra = r.params;
  if (site === undefined)
    return (extra === undefined ? undefined : sharedWith(extra, name, r.reason)) ?? formatParams(r, name);
  if (site.p !== undefined && site.r === r.reason) {
    if (extra === undefined ? site.k.length === 0 : sameExtra(extra, site.k, site.x)) return site.p;
  }
  const params =
    (extra === undefined ? undefined : sharedWith(extra, name, r.reason)) ?? formatParams(r, name);
  // Only shared params are kept: the site answers what `formatParams` would.
  if (Object.isFrozen(params)) {
    site.r = r.reason;
    site.p = params;
    site.k = extra === undefined ? NONE : Object.keys(extra);
    site.x = extra === undefined ? NONE : site.k.map((k) => extra[k]);
  }
  return params;
}

/** No extra params (never changed). */
const NONE: never[] = [];
