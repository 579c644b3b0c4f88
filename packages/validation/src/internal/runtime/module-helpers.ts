/**
 * Helpers only precompiled modules call: the compact forms `compactModule` (`compiler/codegen/
 * compact.ts`) writes in place of code the generator repeats on every failure path, so a page
 * downloads one copy of each. None runs on the path of a valid value but `stop`'s callers' tests.
 */
import type { FormatResult } from '../../formats/format-check.js';
import type { NodeMeta, State } from '../../compiler/types.js';
import { formatParams } from '../format-params.js';
import { jsonType } from '../json.js';
import { report } from '../report.js';

/** True when a failing check may stop at once (nothing is being recorded): `st.silent > 0 || st.full`. */
export function stop(st: State): boolean {
  return st.silent > 0 || st.full;
}

/**
 * Params interned per run value, as the JIT's (`Gen.typeParams`, `PP`): one frozen object per
 * owner (a frozen constant of the module, or `KEY`) and name, at most 1 024 names per owner, so
 * issues share them and their wording is kept after the first reading (`issue.ts`).
 */
const interned = new WeakMap<object, Map<string, Readonly<Record<string, unknown>>>>();
/** The owner of the params of issues about a key (`reportKey`). */
const KEY = {};

function intern(
  owner: object,
  name: string,
  make: (name: string) => Record<string, unknown>,
): Readonly<Record<string, unknown>> {
  let byName = interned.get(owner);
  if (byName === undefined)
    interned.set(owner, (byName = new Map<string, Readonly<Record<string, unknown>>>()));
  let params = byName.get(name);
  if (params === undefined) {
    params = Object.freeze(make(name));
    if (byName.size < 1024) byName.set(name, params);
  }
  return params;
}

/** Reports a `type` issue: `report(st, "type", { expected, received: jsonType(v) }, meta)`, its params interned. */
export function reportType(
  st: State,
  v: unknown,
  expected: readonly string[],
  meta: NodeMeta | undefined,
): void {
  report(
    st,
    'type',
    intern(expected, jsonType(v), (received) => ({ expected, received })),
    meta,
  );
}

/** Reports a `format` issue: `report(st, "format", formatParams(r, name), meta)`. */
export function reportFormat(
  st: State,
  r: FormatResult & { ok: false },
  name: string,
  meta: NodeMeta | undefined,
): void {
  report(st, 'format', formatParams(r, name), meta);
}

/**
 * Reports an issue about the key `k` of an object (`additional_property`, `property_name`):
 * `report(st, code, { property: k }, meta, k)`, its params interned.
 */
export function reportKey(st: State, code: string, k: string, meta: NodeMeta | undefined): void {
  report(
    st,
    code,
    intern(KEY, k, (property) => ({ property })),
    meta,
    k,
  );
}

/** Reports a `required` issue at the missing property: `report(st, "required", params, meta, params.property)`. */
export function reportRequired(
  st: State,
  params: Readonly<{ property: string }>,
  meta: NodeMeta | undefined,
): void {
  report(st, 'required', params, meta, params.property);
}

/** What a format check that threw answers (shared: nothing writes to a check's result). */
export const formatThrew: FormatResult = Object.freeze({ ok: false, reason: 'error' });

/** The object type test of generated code: a JSON object, not an array or null (`isObject`, one copy in a bundle). */
export { isObject as isObj } from '../json.js';
