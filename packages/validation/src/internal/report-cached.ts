/**
 * `report` and `reportAt` as the JIT's generated code calls them (`node.ts` hands them over in
 * place of `report.ts`'s): the same issues, but the pointer of the pushed instance path is kept
 * between issues and runs, so an issue under an array item or a referenced definition does not
 * escape and join its path's tokens again. Not in the runtime precompiled modules import, which a
 * page downloads.
 */
import type { NodeMeta, State } from '../compiler/types.js';
import { escapePointerToken, type PointerToken } from '../pointer.js';
import { makeIssue } from './issue.js';

/**
 * The last path formatted: its `size` tokens and the pointer of each prefix (`pointers[i]` is the
 * pointer of `tokens[0..i]`). Tokens are compared by value, so the pointers hold across runs and
 * validators; at most the deepest path reported is kept (`maxDataDepth` tokens). Entries past
 * `size` are stale: the arrays are never shortened, since V8 trims an array's store when its
 * `length` is set lower and allocates it again when it grows (paths of varied depths, 1.5 µs of
 * the residence form's invalid run).
 */
const tokens: PointerToken[] = [];
const pointers: string[] = [];
let size = 0;

/** `formatPointer(path)`, reusing the pointers of the prefix it shares with the last path formatted. */
export function pathPointer(path: readonly PointerToken[]): string {
  const n = path.length;
  const shared = n < size ? n : size;
  let i = 0;
  while (i < shared && tokens[i] === path[i]) i++;
  if (i === n) return n === 0 ? '' : (pointers[n - 1] as string);
  let out = i === 0 ? '' : (pointers[i - 1] as string);
  // The kept entries after the first difference belong to another path: replaced, and `size` cut at `n`.
  for (; i < n; i++) {
    const token = path[i] as PointerToken;
    out += '/' + escapePointerToken(token);
    tokens[i] = token;
    pointers[i] = out;
  }
  size = n;
  return out;
}

/**
 * Whether an issue is recorded now: not inside a silent branch and below `maxIssues` (reaching it
 * marks the run full), as `report.ts` decides.
 */
export function recording(st: State): boolean {
  if (st.silent > 0 || st.full) return false;
  if (st.issues.length < st.maxIssues) return true;
  st.full = true;
  return false;
}

/** `reportAt` of `report.ts`, with the path's pointer from `pathPointer`. */
export function reportAtCached(
  st: State,
  at: string,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  child?: string | number,
): void {
  if (!recording(st)) return;
  let pointer = st.path.length === 0 ? at : pathPointer(st.path) + at;
  if (child !== undefined) pointer += '/' + escapePointerToken(child);
  st.issues.push(makeIssue(pointer, code, params, meta, st.locale, st.book));
}

/** `report` of `report.ts`, with the path's pointer from `pathPointer`. */
export function reportCached(
  st: State,
  code: string,
  params: Record<string, unknown>,
  meta: NodeMeta | undefined,
  child?: string | number,
): void {
  reportAtCached(st, '', code, params, meta, child);
}
