/**
 * A field plan: the structure of a compiled schema that decides which fields apply (`activeFields`,
 * `requiredFields`, `conditionsRead`), written as data into a precompiled module
 * (`buildValidatorModule`), so a `<dvc-form>` given that module answers them without the compiler
 * (docs/decisions/0021-first-paint-before-the-compiler.md). The plan holds each node's shape
 * (members, items, in-place subschemas, branches, `if`/`then`/`else`, `dependentSchemas`,
 * `required`, `dependentRequired`) and, for the conditions (an `if`, an `anyOf`/`oneOf` branch),
 * their schema: a condition made only of `properties`, `required`, `type`, `const`, `enum` and
 * annotations, which `conditionHolds` decides as the validator does. A schema with another kind of
 * condition gets no plan (`planOf` answers undefined) and the form loads the compiler.
 *
 * The walk is the compiled validator's own (`field-walk.ts`, `condition-reads.ts`) over nodes
 * rebuilt from the plan, so both give the same answers (a test compares them).
 */
import { isObject, jsonEqual } from '../internal/json.js';
import { checkJsonData } from '../internal/data-check.js';
import { typeTests } from '../internal/type-tests.js';
import { conditionReads, conditionReadsAt } from './condition-reads.js';
import { collectActive, type ActiveFields } from './field-walk.js';
import type { CompiledNode, NodeShape, State } from './types.js';

/** One node of a plan; node references are indexes into the plan, `-1` for none. */
export interface PlanNode {
  /** `properties`: name, node, name, node, … */
  p?: (string | number)[];
  /** `patternProperties`: source, flags, node, … */
  x?: (string | number)[];
  /** `additionalProperties`. */
  a?: number;
  /** `prefixItems`. */
  t?: number[];
  /** `items`. */
  i?: number;
  /** In-place subschemas (`allOf`, `$ref`). */
  n?: number[];
  /** `anyOf` / `oneOf` branches. */
  b?: number[];
  /** `if`, `then`, `else`. */
  c?: [number, number, number];
  /** `dependentSchemas`: name, node, … */
  s?: (string | number)[];
  /** `required`. */
  r?: string[];
  /** `dependentRequired`: trigger, names, … */
  d?: (string | string[])[];
  /** The schema of a condition (or of a member a condition reads). */
  q?: unknown;
}

/** A field plan: its nodes, the root first. */
export type FieldPlan = readonly PlanNode[];

/** Keywords a condition may have, besides annotations. */
const CONDITION_KEYWORDS = new Set(['properties', 'required', 'type', 'const', 'enum']);
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default', 'x-dvc-label']);

/** Whether `conditionHolds` can decide `schema` (a condition written into a plan). */
export function decidable(schema: unknown): boolean {
  if (typeof schema === 'boolean') return true;
  if (!isObject(schema)) return false;
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (!CONDITION_KEYWORDS.has(key)) return false;
    if (key === 'properties' && !(isObject(value) && Object.values(value).every(decidable))) return false;
    if (key === 'required' && !(Array.isArray(value) && value.every((n) => typeof n === 'string')))
      return false;
    if (key === 'enum' && !Array.isArray(value)) return false;
    if (key === 'type' && !(typeof value === 'string' || Array.isArray(value))) return false;
  }
  return true;
}

/** Whether `value` (JSON) is valid against a `decidable` condition. */
export function conditionHolds(schema: unknown, value: unknown): boolean {
  if (typeof schema === 'boolean') return schema;
  if (!isObject(schema)) return false;
  const type = schema['type'];
  if (type !== undefined) {
    const types = Array.isArray(type) ? type : [type];
    if (!types.some((t) => typeof t === 'string' && typeTests[t]?.(value) === true)) return false;
  }
  if ('const' in schema && !jsonEqual(value, schema['const'])) return false;
  const allowed = schema['enum'];
  if (Array.isArray(allowed) && !allowed.some((a) => jsonEqual(value, a))) return false;
  if (!isObject(value)) return true;
  const required = schema['required'];
  if (Array.isArray(required) && !required.every((n) => Object.hasOwn(value, n as string))) return false;
  const props = schema['properties'];
  if (isObject(props))
    for (const [name, sub] of Object.entries(props))
      if (Object.hasOwn(value, name) && !conditionHolds(sub, value[name])) return false;
  return true;
}

/** Pairs of a flat list (`[k, v, k, v]`). */
function pairs<K, V>(list: readonly unknown[] | undefined): [K, V][] {
  const out: [K, V][] = [];
  for (let i = 0; list !== undefined && i + 1 < list.length; i += 2)
    out.push([list[i] as K, list[i + 1] as V]);
  return out;
}

/** The nodes a plan stands for, the root first (each condition decided by `conditionHolds`). */
function nodesOf(plan: FieldPlan): CompiledNode[] {
  const nodes = plan.map(
    (p) =>
      ({
        schema: p.q ?? {},
        resource: '',
        pointer: '',
        meta: {},
        validate: (v: unknown) => conditionHolds(p.q ?? true, v),
      }) as unknown as CompiledNode,
  );
  const at = (i: number | undefined): CompiledNode | null =>
    i === undefined || i < 0 ? null : (nodes[i] ?? null);
  const list = (l: number[] | undefined): CompiledNode[] =>
    (l ?? []).map((i) => at(i)).filter((n): n is CompiledNode => n !== null);
  plan.forEach((p, k) => {
    const node = nodes[k] as CompiledNode;
    const props = pairs<string, number>(p.p);
    const patterns: { re: RegExp; node: CompiledNode }[] = [];
    for (let i = 0; p.x !== undefined && i + 2 < p.x.length; i += 3)
      patterns.push({
        re: new RegExp(p.x[i] as string, p.x[i + 1] as string),
        node: at(p.x[i + 2] as number) as CompiledNode,
      });
    const deps = pairs<string, number>(p.s);
    const shape: NodeShape = {
      properties: p.p === undefined ? null : new Map(props.map(([n, i]) => [n, at(i) as CompiledNode])),
      patternProperties: p.x === undefined ? null : patterns,
      additionalProperties: at(p.a),
      prefixItems: p.t === undefined ? null : list(p.t),
      items: at(p.i),
      inPlace: list(p.n),
      branches: list(p.b),
      conditional:
        p.c === undefined ? null : { cond: at(p.c[0]) as CompiledNode, then: at(p.c[1]), else: at(p.c[2]) },
      dependentSchemas: p.s === undefined ? null : new Map(deps.map(([n, i]) => [n, at(i) as CompiledNode])),
      fieldChecks: [],
      required: p.r ?? [],
      dependentRequired: p.d === undefined ? null : new Map(pairs<string, string[]>(p.d)),
    };
    node.shape = shape;
  });
  return nodes;
}

/** `compileSchema`'s default `maxDataDepth` (as `<dvc-form>` compiles its data model). */
const MAX_DATA_DEPTH = 64;

/** Whether `data` is JSON, as the compiled validator checks it before it walks. */
function isJson(data: unknown): boolean {
  try {
    return checkJsonData(data, MAX_DATA_DEPTH, 1).length === 0;
  } catch {
    return false;
  }
}

/** What a plan answers: the fields that apply to data, and which values the conditions read. */
export interface PlannedFields {
  /** As `Validator.activeAndRequiredFields`. */
  activeAndRequiredFields(data: unknown): ActiveFields;
  /** As `Validator.conditionsRead`. */
  conditionsRead(pointer: string): boolean;
}

/**
 * The answers of a field plan (`PrecompiledValidator.fieldPlan`), the same as the compiled
 * validator's of the same schema.
 */
export function fieldsFromPlan(plan: FieldPlan): PlannedFields {
  const root = nodesOf(plan)[0];
  if (root === undefined) throw new TypeError('A field plan needs at least its root');
  const reads = conditionReads(root);
  return {
    activeAndRequiredFields: (data) => {
      const out: ActiveFields = { active: [], required: [] };
      // As the compiled validator: nothing for data that is not JSON.
      if (isJson(data)) collectActive([root], data, '', { silent: 0 } as State, out, 0);
      return out;
    },
    conditionsRead: (pointer) => conditionReadsAt(reads, pointer),
  };
}

/**
 * The field plan of a compiled schema, or undefined when a condition is not `decidable` (only the
 * compiled validator can decide it).
 */
export function planOf(root: CompiledNode): FieldPlan | undefined {
  // First every node the walk reaches, and the conditions among them (with the members they read).
  const conditions = new Set<CompiledNode>();
  const condition = (n: CompiledNode): void => {
    if (conditions.has(n)) return;
    conditions.add(n);
    for (const child of n.shape.properties?.values() ?? []) condition(child);
  };
  const reached = new Set<CompiledNode>();
  const queue = [root];
  while (queue.length > 0) {
    const n = queue.pop() as CompiledNode;
    if (reached.has(n)) continue;
    reached.add(n);
    const s = n.shape;
    s.branches.forEach(condition);
    if (s.conditional !== null) condition(s.conditional.cond);
    queue.push(...childrenOf(n));
  }
  for (const n of conditions) if (!decidable(n.schema)) return undefined;
  // Then the plan: a node with no shape and no condition to read is one shared leaf.
  const index = new Map<CompiledNode, number>();
  const nodes: CompiledNode[] = [];
  let leaf = -1;
  const ref = (n: CompiledNode | null): number => {
    if (n === null) return -1;
    let i = index.get(n);
    if (i !== undefined) return i;
    if (
      n !== root &&
      !conditions.has(n) &&
      childrenOf(n).length === 0 &&
      n.shape.required.length === 0 &&
      n.shape.dependentRequired === null
    ) {
      if (leaf < 0) {
        leaf = nodes.length;
        nodes.push(n);
      }
      index.set(n, leaf);
      return leaf;
    }
    i = nodes.length;
    index.set(n, i);
    nodes.push(n);
    return i;
  };
  ref(root);
  const plan: PlanNode[] = [];
  for (let k = 0; k < nodes.length; k++) {
    const node = nodes[k] as CompiledNode;
    const p: PlanNode = {};
    plan.push(p);
    if (k === leaf) continue;
    const s = node.shape;
    if (s.properties !== null) p.p = [...s.properties].flatMap(([name, n]) => [name, ref(n)]);
    if (s.patternProperties !== null)
      p.x = s.patternProperties.flatMap(({ re, node: n }) => [re.source, re.flags, ref(n)]);
    if (s.additionalProperties !== null) p.a = ref(s.additionalProperties);
    if (s.prefixItems !== null) p.t = s.prefixItems.map(ref);
    if (s.items !== null) p.i = ref(s.items);
    if (s.inPlace.length > 0) p.n = s.inPlace.map(ref);
    if (s.branches.length > 0) p.b = s.branches.map(ref);
    if (s.conditional !== null) {
      const { cond, then, else: otherwise } = s.conditional;
      p.c = [ref(cond), ref(then), ref(otherwise)];
    }
    if (s.dependentSchemas !== null) p.s = [...s.dependentSchemas].flatMap(([name, n]) => [name, ref(n)]);
    if (s.required.length > 0) p.r = [...s.required];
    if (s.dependentRequired !== null) p.d = [...s.dependentRequired].flatMap(([t, names]) => [t, [...names]]);
    if (conditions.has(node)) p.q = node.schema;
  }
  return plan;
}

/** The nodes a node's shape leads to. */
function childrenOf(n: CompiledNode): CompiledNode[] {
  const s = n.shape;
  return [
    ...(s.properties?.values() ?? []),
    ...(s.patternProperties ?? []).map((p) => p.node),
    ...(s.additionalProperties === null ? [] : [s.additionalProperties]),
    ...(s.prefixItems ?? []),
    ...(s.items === null ? [] : [s.items]),
    ...s.inPlace,
    ...s.branches,
    ...(s.conditional === null ? [] : [s.conditional.cond, s.conditional.then, s.conditional.else]).filter(
      (c): c is CompiledNode => c !== null,
    ),
    ...(s.dependentSchemas?.values() ?? []),
  ];
}
