/**
 * Reading a JSON Schema the way `<dvc-form>` lays it out: local `$ref`s resolved, the properties of
 * an object gathered from `properties`, `allOf` and the `then`/`else` branches of its conditions
 * (fields declared in a case exist only in that case), in `x-dvc-order` or declaration order.
 */
import { isJsonObject, pointerTokens } from '@dvc-kit/validation';

/** A subschema as the form reads it (every keyword optional). */
export type FormSchema = Record<string, unknown>;

/** Thrown for a definition the form cannot lay out; the element shows it in place of the form. */
export class FormDefinitionError extends Error {
  override name = 'FormDefinitionError';
}

const MAX_REF_HOPS = 32;

const REFS = new WeakMap<FormSchema, readonly string[]>();

/** The `$ref`s followed to build `schema` (by `resolveSchema` / `renderSchema`). */
export function refsOf(schema: FormSchema): readonly string[] {
  return REFS.get(schema) ?? [];
}

function withRefs(schema: FormSchema, refs: readonly string[]): FormSchema {
  if (refs.length > 0) REFS.set(schema, [...refsOf(schema), ...refs]);
  return schema;
}

/** Follows a local `$ref` (`#/...`, or the root's `$id` + `#/...`), merging the siblings over the target. */
export function resolveSchema(root: FormSchema, schema: unknown): FormSchema {
  // No `$ref`: the schema itself, not a copy per field (the form reads schemas, never changes them).
  if (isJsonObject(schema) && schema['$ref'] === undefined) return schema;
  let current: unknown = schema;
  let merged: FormSchema = {};
  const refs: string[] = [];
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (current === true || current === undefined) return withRefs(merged, refs);
    if (!isJsonObject(current)) throw new FormDefinitionError('A subschema is not an object');
    const { $ref, ...siblings } = current;
    merged = { ...siblings, ...merged };
    if (typeof $ref !== 'string') return withRefs(merged, refs);
    refs.push($ref);
    current = refTarget(root, $ref);
  }
  throw new FormDefinitionError('Too many nested $ref');
}

function refTarget(root: FormSchema, ref: string): unknown {
  // draft-04 names the base `id`.
  const base = root['$id'] ?? root['id'];
  const id = typeof base === 'string' ? base : '';
  const local = ref.startsWith('#') ? ref : id !== '' && ref.startsWith(`${id}#`) ? ref.slice(id.length) : '';
  if (!local.startsWith('#/') && local !== '#') throw new FormDefinitionError(`Unsupported $ref "${ref}"`);
  let cur: unknown = root;
  for (const t of pointerTokens(decodeURIComponent(local.slice(1)))) {
    cur = isJsonObject(cur) && Object.hasOwn(cur, t) ? cur[t] : undefined;
  }
  if (cur === undefined) throw new FormDefinitionError(`Unresolved $ref "${ref}"`);
  return cur;
}

interface Found {
  schemas: Map<string, FormSchema>;
  /** Names declared only in a condition's branch (`then`/`else`, `dependencies`). */
  conditional: Set<string>;
}

function collect(
  root: FormSchema,
  schema: FormSchema,
  out: Found,
  depth: number,
  conditional: boolean,
): void {
  if (depth > 16) return;
  const props = schema['properties'];
  if (isJsonObject(props)) {
    for (const [name, sub] of Object.entries(props)) {
      // A `false` property may not be there at all: nothing to show.
      if (sub === false) continue;
      if (!out.schemas.has(name)) {
        out.schemas.set(name, renderSchema(root, sub));
        if (conditional) out.conditional.add(name);
      } else if (!conditional) out.conditional.delete(name);
    }
  }
  const always = Array.isArray(schema['allOf']) ? (schema['allOf'] as unknown[]) : [];
  const cases: unknown[] = [schema['then'], schema['else']];
  // draft-07 `dependencies` with a schema, and `dependentSchemas`: fields that exist once a key is there.
  for (const key of ['dependencies', 'dependentSchemas']) {
    const deps = schema[key];
    if (isJsonObject(deps)) cases.push(...Object.values(deps).filter(isJsonObject));
  }
  for (const part of always)
    if (isJsonObject(part)) collect(root, resolveSchema(root, part), out, depth + 1, conditional);
  for (const part of cases)
    if (isJsonObject(part)) collect(root, resolveSchema(root, part), out, depth + 1, true);
}

function gather(root: FormSchema, schema: FormSchema): Found {
  const found: Found = { schemas: new Map(), conditional: new Set() };
  collect(root, schema, found, 0, false);
  return found;
}

/** The names of the properties an object schema declares only in a condition's branch. */
export function conditionalNames(root: FormSchema, schema: FormSchema): ReadonlySet<string> {
  return gather(root, schema).conditional;
}

/** The properties of an object schema, with their resolved schemas, in display order. */
export function objectProperties(root: FormSchema, schema: FormSchema): [string, FormSchema][] {
  return ordered(schema, gather(root, schema).schemas);
}

/**
 * `objectProperties` and `conditionalNames` of an object schema from one walk (each property's
 * schema resolved once: the field tree's build, docs/decisions/0018-first-render.md).
 */
export function propertiesOf(
  root: FormSchema,
  schema: FormSchema,
): { properties: [string, FormSchema][]; conditional: ReadonlySet<string> } {
  const found = gather(root, schema);
  return { properties: ordered(schema, found.schemas), conditional: found.conditional };
}

function ordered(schema: FormSchema, found: ReadonlyMap<string, FormSchema>): [string, FormSchema][] {
  const order = Array.isArray(schema['x-dvc-order']) ? (schema['x-dvc-order'] as unknown[]) : [];
  const named = order.filter((n): n is string => typeof n === 'string' && found.has(n));
  const rest = [...found.keys()].filter((n) => !named.includes(n));
  return [...named, ...rest].map((n) => [n, found.get(n) as FormSchema]);
}

/** Whether `schema` says which extra keys an object may have (so the form offers a key-value editor). */
export function isOpenObject(schema: FormSchema): boolean {
  const extra = schema['additionalProperties'];
  const patterns = schema['patternProperties'];
  return (
    extra === true || isJsonObject(extra) || (isJsonObject(patterns) && Object.keys(patterns).length > 0)
  );
}

/** The `oneOf`/`anyOf` branches of `schema` (unresolved), or `[]`. */
export function branchesOf(schema: FormSchema): unknown[] {
  const list = schema['oneOf'] ?? schema['anyOf'];
  return Array.isArray(list) ? list : [];
}

/** The schema of item `index` of an array schema: `prefixItems` / draft-07 tuple `items` by position. */
export function itemSchemaAt(root: FormSchema, schema: FormSchema, index: number): FormSchema | undefined {
  const prefix = Array.isArray(schema['prefixItems'])
    ? (schema['prefixItems'] as unknown[])
    : Array.isArray(schema['items'])
      ? (schema['items'] as unknown[])
      : undefined;
  if (prefix !== undefined && index < prefix.length) return renderSchema(root, prefix[index]);
  const rest =
    prefix !== undefined && Array.isArray(schema['items']) ? schema['additionalItems'] : schema['items'];
  if (rest === undefined || rest === false) return undefined;
  return renderSchema(root, rest);
}

/** The property `name` of an object schema, looked for in its `oneOf`/`anyOf` branches too. */
function propertyOf(root: FormSchema, schema: FormSchema, name: string): FormSchema | undefined {
  const found = objectProperties(root, schema).find(([n]) => n === name)?.[1];
  if (found !== undefined) return found;
  for (const branch of branchesOf(schema)) {
    if (!isJsonObject(branch)) continue;
    const inBranch = propertyOf(root, renderSchema(root, branch), name);
    if (inBranch !== undefined) return inBranch;
  }
  return extraPropertyOf(root, schema, name);
}

/** `pattern` as a `RegExp` (`u` flag, as JSON Schema reads it), or `undefined` when the browser cannot read it. */
export function schemaRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern, 'u');
  } catch {
    return undefined;
  }
}

/**
 * The schema an object gives its extra key `name` (not in `properties`): the first
 * `patternProperties` it matches, else `additionalProperties` (absent or `true`: `{}`); `false`
 * when the object allows no such key.
 */
export function extraSchema(root: FormSchema, schema: FormSchema, name: string): FormSchema | false {
  const patterns = schema['patternProperties'];
  if (isJsonObject(patterns)) {
    for (const [pattern, sub] of Object.entries(patterns)) {
      if (schemaRegExp(pattern)?.test(name) !== true) continue;
      return sub === false ? false : renderSchema(root, sub);
    }
  }
  const extra = schema['additionalProperties'];
  if (extra === false) return false;
  return extra === undefined || extra === true ? {} : renderSchema(root, extra);
}

/** The schema of the extra key `name` of an open object, or `undefined`. */
function extraPropertyOf(root: FormSchema, schema: FormSchema, name: string): FormSchema | undefined {
  if (!isOpenObject(schema)) return undefined;
  const found = extraSchema(root, schema, name);
  return found === false ? undefined : found;
}

/** The resolved schema at a data pointer (array indexes go to the item's schema), or `undefined`. */
export function schemaAt(root: FormSchema, pointer: string): FormSchema | undefined {
  let cur: FormSchema | undefined = renderSchema(root, root);
  for (const t of pointerTokens(pointer)) {
    if (cur === undefined) return undefined;
    if (/^\d+$/.test(t) && (cur['items'] !== undefined || cur['prefixItems'] !== undefined))
      cur = itemSchemaAt(root, cur, Number(t));
    else cur = propertyOf(root, cur, t);
  }
  return cur;
}

const MERGED = new Set(['allOf', 'properties', 'required']);

/**
 * `schema` resolved, with the keywords of its `allOf` parts merged in for rendering (its own win;
 * `properties` and `required` are united). Validation still reads the schema as written.
 */
export function renderSchema(root: FormSchema, raw: unknown, depth = 0): FormSchema {
  const schema = resolveSchema(root, raw);
  const parts = schema['allOf'];
  if (!Array.isArray(parts) || depth > 16) return schema;
  const merged: FormSchema = withRefs({ ...schema }, refsOf(schema));
  for (const part of parts) {
    if (!isJsonObject(part)) continue;
    const p = renderSchema(root, part, depth + 1);
    withRefs(merged, refsOf(p));
    for (const [k, v] of Object.entries(p)) if (!MERGED.has(k) && !(k in merged)) merged[k] = v;
    if (isJsonObject(p['properties']) && merged['type'] === undefined) merged['type'] = 'object';
    if (Array.isArray(p['required'])) {
      const own = Array.isArray(merged['required']) ? (merged['required'] as unknown[]) : [];
      merged['required'] = [...new Set([...own, ...(p['required'] as unknown[])])];
    }
  }
  return merged;
}
