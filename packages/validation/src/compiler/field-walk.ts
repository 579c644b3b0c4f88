/**
 * Walking a compiled schema alongside data, for `validateAt` and `activeFields`: which nodes apply
 * at a location, given the data (an `if` whose condition fails contributes its `else` only, an
 * `anyOf`/`oneOf` branch contributes only when the data matches it).
 */
import { isObject } from '../internal/json.js';
import { childPointer } from '../pointer.js';
import type { CompiledNode, State } from './types.js';

/** Whether `node` accepts `value`, recording nothing. */
export function quietlyValid(node: CompiledNode, value: unknown, st: State): boolean {
  st.silent++;
  const ok = node.validate(value, st, null);
  st.silent--;
  return ok;
}

/** Whether `node` (or a subschema that always applies with it) declares a member `value` has. */
function declaresMemberOf(node: CompiledNode, value: unknown, depth = 0): boolean {
  if (!isObject(value) || depth > 8) return false;
  const props = node.shape.properties;
  if (props !== null && Object.keys(value).some((k) => props.has(k))) return true;
  return node.shape.inPlace.some((n) => declaresMemberOf(n, value, depth + 1));
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
    const matched = s.branches.filter((b) => quietlyValid(b, probe, st));
    // No branch accepts the data yet (a field of the chosen shape is still missing): the branches
    // that declare a member the data has are the ones it is filling in, so their fields stay active.
    queue.push(...(matched.length > 0 ? matched : s.branches.filter((b) => declaresMemberOf(b, value))));
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

/** Whether a node can declare fields below its location (members, items, or through subschemas). */
function mayHoldFields(node: CompiledNode): boolean {
  const s = node.shape;
  return (
    s.properties !== null ||
    s.inPlace.length > 0 ||
    s.branches.length > 0 ||
    s.conditional !== null ||
    s.dependentSchemas !== null ||
    s.items !== null ||
    s.prefixItems !== null ||
    s.additionalProperties !== null ||
    s.patternProperties !== null
  );
}

/** Collects the JSON Pointers of every property active for `value` under `nodes`, and the required ones. */
export function collectActive(
  nodes: readonly CompiledNode[],
  value: unknown,
  pointer: string,
  st: State,
  out: ActiveFields,
  depth: number,
  absent: ReadonlySet<CompiledNode> = new Set(),
  path: ReadonlySet<CompiledNode> = new Set(),
): void {
  if (depth > 32) return;
  const here = expand(nodes, value, st);
  // Without data, a recursive `$ref` would list its declared fields again at every level (and
  // branch out exponentially): below a node met again where the data is absent, there is nothing
  // to list. `path` holds only the nodes met without data, so a member the data lacks still lists
  // the fields of a node its present ancestors went through (once: see `absent`).
  if (value === undefined && here.some((n) => path.has(n))) return;
  const below = value === undefined ? new Set([...path, ...here]) : path;
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
    const p = childPointer(pointer, k);
    out.active.push(p);
    if (required.has(k)) out.required.push(p);
    const kids = childNodes(here, k);
    const v = childValue(value, k);
    if (!kids.some(mayHoldFields)) continue;
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        collectActive(
          childNodes(kids, String(i)),
          item,
          childPointer(p, i),
          st,
          out,
          depth + 1,
          absent,
          below,
        );
      });
    } else if (v !== undefined) collectActive(kids, v, p, st, out, depth + 1, absent, below);
    // A member the data lacks lists its own fields too, but a recursive schema only once.
    else if (!kids.some((kid) => absent.has(kid))) {
      collectActive(kids, v, p, st, out, depth + 1, new Set([...absent, ...kids]), below);
    }
  }
}
