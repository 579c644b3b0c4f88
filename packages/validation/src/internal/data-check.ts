/**
 * Checks that data is plain JSON before validation: no functions, NaN/Infinity, BigInt, undefined,
 * cycles, class instances (Date, Map, ...), and no deeper nesting than allowed.
 *
 * An object's JSON value is its own enumerable string-keyed properties, what `JSON.stringify`
 * writes: symbol-keyed and non-enumerable properties are not part of it and are not looked at
 * (ADR 0022; a `symbol_key` check cost one `Object.getOwnPropertySymbols` per object, three
 * quarters of this walk).
 */
import type { RawIssue } from '../compiler/types.js';

interface Walk {
  out: RawIssue[];
  max: number;
  maxDepth: number;
  /** The objects being walked, outermost first (only consulted when the depth limit is hit). */
  ancestors: object[];
  path: (string | number)[];
}

function bad(w: Walk, kind: string): void {
  if (w.out.length < w.max)
    w.out.push({ path: w.path.slice(), code: 'not_json', params: { kind }, meta: undefined });
}

function kindOfObject(v: object): string | null {
  if (Array.isArray(v)) return null;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return null;
  const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'class_instance';
}

function walk(v: unknown, w: Walk, depth: number): void {
  if (w.out.length >= w.max) return;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(v)) bad(w, Number.isNaN(v) ? 'NaN' : 'Infinity');
      return;
    case 'object':
      break;
    default:
      bad(w, typeof v);
      return;
  }
  if (v === null) return;
  // A cycle always ends at the depth limit; only then is it worth telling a cycle from deep data.
  if (depth >= w.maxDepth) {
    const first = w.ancestors.indexOf(v);
    if (first === -1) {
      bad(w, 'too_deep');
      return;
    }
    // Report where the cycle first closes: the first ancestor reached again, one period later.
    const period = depth - w.ancestors.lastIndexOf(v);
    const saved = w.path;
    w.path = saved.slice(0, first + period);
    bad(w, 'cycle');
    w.path = saved;
    return;
  }
  const cls = kindOfObject(v);
  if (cls !== null) {
    bad(w, cls);
    return;
  }
  w.ancestors.push(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      w.path.push(i);
      if (!(i in v)) bad(w, 'undefined');
      else walk(v[i], w, depth + 1);
      w.path.pop();
    }
  } else {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      w.path.push(k);
      walk(o[k], w, depth + 1);
      w.path.pop();
    }
  }
  w.ancestors.pop();
}

/**
 * True when `v` (at `depth`) is plain JSON within `maxDepth`: the fast path, tracking no paths.
 * The JIT's fused check calls it on the values its generated code cannot settle.
 */
export function isPlainJson(v: unknown, depth: number, maxDepth: number): boolean {
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v);
    case 'object':
      break;
    default:
      return false;
  }
  if (v === null) return true;
  if (depth >= maxDepth) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      if (!(i in v)) return false;
      const x: unknown = v[i];
      if (typeof x !== 'string' && !isPlainJson(x, depth + 1, maxDepth)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  // for-in reads the enum cache and allocates no key array (2× cheaper than Object.keys here). It
  // also visits inherited enumerable keys (only a polluted Object.prototype has any): checking
  // more values than `walk` can only send the data to `walk`, never let non-JSON data through.
  for (const k in v) {
    const x = (v as Record<string, unknown>)[k];
    // Strings, the most common values, are settled here without a call.
    if (typeof x !== 'string' && !isPlainJson(x, depth + 1, maxDepth)) return false;
  }
  return true;
}

/** The non-JSON parts of `value`, as `not_json` issues (at most `max`). */
export function checkJsonData(value: unknown, maxDepth: number, max: number): RawIssue[] {
  if (isPlainJson(value, 0, maxDepth)) return [];
  const w: Walk = { out: [], max, maxDepth, ancestors: [], path: [] };
  walk(value, w, 0);
  return w.out;
}
