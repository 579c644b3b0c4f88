/** Recording issues and annotations during a validation run. */
import type { Ann, NodeMeta, State } from '../compiler/types.js';
import { escapePointerToken, type PointerToken } from '../pointer.js';
import { makeIssue } from './issue.js';

/**
 * `'/' + escapePointerToken(token)`, kept for the first 1024 tokens met (property names of
 * the schema, small array indices) by each copy of the runtime: an issue's pointer is then joined
 * from kept segments, one concatenation per token, instead of escaping each token again.
 */
const segments = new Map<PointerToken, string>();

function segment(token: PointerToken): string {
  let s = segments.get(token);
  if (s === undefined) {
    s = '/' + escapePointerToken(token);
    if (segments.size < 1024) segments.set(token, s);
  }
  return s;
}

/** `formatPointer(path)`, joined from kept segments. */
export function joinPointer(path: readonly PointerToken[]): string {
  let pointer = '';
  for (const token of path) pointer += segment(token);
  return pointer;
}

/** Records an issue at the current instance location (plus an optional child segment). */
export function report(
  st: State,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  child?: string | number,
): void {
  reportAt(st, '', code, params, meta, child);
}

/**
 * Records an issue at `at` below the current instance location: `at` is the escaped JSON Pointer
 * of the static segments generated code did not push on `st.path` (`''` for none; fast generated
 * code, `codegen/gen.ts`), `child` an optional last segment (unescaped). The issue is made here,
 * once, with its pointer (`issue.ts`).
 */
export function reportAt(
  st: State,
  at: string,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  child?: string | number,
): void {
  if (st.silent > 0 || st.full) return;
  if (st.issues.length >= st.maxIssues) {
    st.full = true;
    return;
  }
  let pointer = joinPointer(st.path) + at;
  if (child !== undefined) pointer += segment(child);
  st.issues.push(makeIssue(pointer, code, params, meta, st.locale, st.book));
}

/**
 * Stops a generated function early: takes the instance path back to its length `depth` (where
 * the function started, before the children it inlines pushed their segments) and answers false.
 */
export function unwind(st: State, depth: number): false {
  while (st.path.length > depth) st.path.pop();
  return false;
}

/** True when a failing check may stop at once (nothing is being recorded). */
export function canStop(st: State): boolean {
  return st.silent > 0 || st.full;
}

/** A fresh, empty annotation record. */
export function newAnn(): Ann {
  return { props: null, allProps: false, items: 0, allItems: false, idx: null };
}

/** Merges the annotations of a successful subschema into its parent's. */
export function mergeAnn(into: Ann, from: Ann): void {
  if (from.allProps) into.allProps = true;
  else if (from.props !== null) {
    if (into.props === null) into.props = new Set(from.props);
    else for (const p of from.props) into.props.add(p);
  }
  if (from.allItems) into.allItems = true;
  if (from.items > into.items) into.items = from.items;
  if (from.idx !== null) {
    if (into.idx === null) into.idx = new Set(from.idx);
    else for (const i of from.idx) into.idx.add(i);
  }
}

/** Marks a property as evaluated. */
export function annProp(ann: Ann | null, name: string): void {
  if (ann === null) return;
  (ann.props ??= new Set()).add(name);
}
