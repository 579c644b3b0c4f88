/**
 * Walking a compiled schema alongside data, for `validateAt` and `activeFields`: which nodes apply
 * at a location, given the data (an `if` whose condition fails contributes its `else` only, an
 * `anyOf`/`oneOf` branch contributes only when the data matches it).
 */
import { isObject } from '../internal/json.js';
import type { CompiledNode, State } from './types.js';

/** Whether `node` accepts `value`, recording nothing. */
export function quietlyValid(node: CompiledNode, value: unknown, st: State): boolean {
  st.silent++;
  const ok = node.validate(value, st, null);
  st.silent--;
  return ok;
}

/** The nodes that apply in place at one location: the nodes themselves plus active in-place subschemas. */
export function expand(nodes: readonly CompiledNode[], value: unknown, st: State): CompiledNode[] {
  const out: CompiledNode[] = [];
  const seen = new Set<CompiledNode>();
  const queue = [...nodes];
  const probe = value === undefined ? {} : value;
  while (queue.length > 0) {
    const n = queue.pop() as CompiledNode;
    if (seen.has(n)) continue;
    seen.add(n);
    out.push(n);
    const s = n.shape;
    queue.push(...s.inPlace);
    for (const b of s.branches) if (quietlyValid(b, probe, st)) queue.push(b);
    if (s.conditional !== null) {
      const next = quietlyValid(s.conditional.cond, probe, st) ? s.conditional.then : s.conditional.else;
      if (next !== null) queue.push(next);
    }
    if (s.dependentSchemas !== null && isObject(value)) {
      for (const [k, d] of s.dependentSchemas) if (Object.hasOwn(value, k)) queue.push(d);
    }
  }
  return out;
}

/** The nodes that apply to the child `token` of a location covered by `nodes`. */
export function childNodes(nodes: readonly CompiledNode[], token: string): CompiledNode[] {
  const out: CompiledNode[] = [];
  const index = /^(?:0|[1-9][0-9]*)$/.test(token) ? Number(token) : -1;
  for (const n of nodes) {
    const s = n.shape;
    let matched = false;
    const p = s.properties?.get(token);
    if (p !== undefined) {
      out.push(p);
      matched = true;
    }
    for (const pp of s.patternProperties ?? []) {
      pp.re.lastIndex = 0;
      if (pp.re.test(token)) {
        out.push(pp.node);
        matched = true;
      }
    }
    if (!matched && index < 0 && s.additionalProperties !== null) out.push(s.additionalProperties);
    if (index >= 0) {
      const prefix = s.prefixItems;
      if (prefix !== null && index < prefix.length) out.push(prefix[index] as CompiledNode);
      else if (s.items !== null) out.push(s.items);
    }
  }
  return out;
}

/** Own property of a JSON object or array element; `undefined` when absent. */
export function childValue(value: unknown, token: string): unknown {
  if (Array.isArray(value)) {
    const i = Number(token);
    return Number.isInteger(i) && i >= 0 && i < value.length ? value[i] : undefined;
  }
  if (isObject(value) && Object.hasOwn(value, token)) return value[token];
  return undefined;
}

/** What `collectActive` gathers: active property pointers, and those of them that are required. */
export interface ActiveFields {
  active: string[];
  required: string[];
}

function escape(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The names the nodes of one location require, given its value. */
function requiredNames(here: readonly CompiledNode[], value: unknown): Set<string> {
  const names = new Set<string>();
  for (const n of here) {
    for (const k of n.shape.required) names.add(k);
    if (n.shape.dependentRequired !== null && isObject(value)) {
      for (const [trigger, list] of n.shape.dependentRequired) {
        if (Object.hasOwn(value, trigger)) for (const k of list) names.add(k);
      }
    }
  }
  return names;
}

/** Collects the JSON Pointers of every property active for `value` under `nodes`, and the required ones. */
export function collectActive(
  nodes: readonly CompiledNode[],
  value: unknown,
  pointer: string,
  st: State,
  out: ActiveFields,
  depth: number,
  path: ReadonlySet<CompiledNode> = new Set(),
): void {
  if (depth > 32) return;
  const here = expand(nodes, value, st);
  // Without data, a recursive `$ref` would list its declared fields again at every level (and
  // branch out exponentially): below a node met again on the way, there is nothing to list.
  if (value === undefined && here.some((n) => path.has(n))) return;
  const below = new Set([...path, ...here]);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const n of here) {
    for (const k of n.shape.properties?.keys() ?? []) {
      if (!seen.has(k)) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  if (isObject(value)) {
    for (const k of Object.keys(value)) {
      if (!seen.has(k) && childNodes(here, k).length > 0) {
        seen.add(k);
        names.push(k);
      }
    }
  }
  const required = requiredNames(here, value);
  for (const k of names) {
    const p = `${pointer}/${escape(k)}`;
    out.active.push(p);
    if (required.has(k)) out.required.push(p);
    const kids = childNodes(here, k);
    const v = childValue(value, k);
    if (
      kids.some(
        (c) => c.shape.properties !== null || c.shape.inPlace.length > 0 || c.shape.conditional !== null,
      )
    ) {
      if (Array.isArray(v)) {
        v.forEach((item, i) => {
          collectActive(childNodes(kids, String(i)), item, `${p}/${i}`, st, out, depth + 1, below);
        });
      } else collectActive(kids, v, p, st, out, depth + 1, below);
    }
  }
}
