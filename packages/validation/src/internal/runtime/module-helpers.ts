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

/** Reports a `type` issue: `report(st, "type", { expected, received: jsonType(v) }, meta)`. */
export function reportType(
  st: State,
  v: unknown,
  expected: readonly string[],
  meta: NodeMeta | undefined,
): void {
  report(st, 'type', { expected, received: jsonType(v) }, meta);
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

/** The object type test of generated code: a JSON object, not an array or null. */
export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
