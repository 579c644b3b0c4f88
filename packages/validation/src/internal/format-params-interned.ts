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

/** A format call site's last params without extra ones, by reason (`Gen.formatSite`). */
export interface FormatSite {
  r: string | undefined;
  p: Record<string, unknown> | undefined;
}

/**
 * `formatParams(r, name)`, shared and frozen when the check's params are a few strings. `site`, the
 * cache of the calling site (JIT code): a site failing again for the same reason gets its params
 * without the lookups by name and reason.
 */
export function internedFormatParams(
  r: FormatResult & { ok: false },
  name: string,
  site?: FormatSite,
): Record<string, unknown> {
  if (r.params !== undefined) return sharedWith(r.params, name, r.reason) ?? formatParams(r, name);
  if (site === undefined) return formatParams(r, name);
  if (site.p !== undefined && site.r === r.reason) return site.p;
  const params = formatParams(r, name);
  // Only shared params are kept: the site answers what `formatParams` would.
  if (Object.isFrozen(params)) {
    site.r = r.reason;
    site.p = params;
  }
  return params;
}
