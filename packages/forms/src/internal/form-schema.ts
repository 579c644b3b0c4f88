/**
 * Reading a JSON Schema the way `<dvc-form>` lays it out: local `$ref`s resolved, the properties of
 * an object gathered from `properties`, `allOf` and the `then`/`else` branches of its conditions
 * (fields declared in a case exist only in that case), in `x-dvc-order` or declaration order.
 */
import { isRecord, pointerTokens } from './form-pointer.js';

/** A subschema as the form reads it (every keyword optional). */
export type FormSchema = Record<string, unknown>;

/** Thrown for a definition the form cannot lay out; the element shows it in place of the form. */
export class FormDefinitionError extends Error {
  override name = 'FormDefinitionError';
}

const MAX_REF_HOPS = 32;

/** Follows a local `$ref` (`#/...`, or the root's `$id` + `#/...`), merging the siblings over the target. */
export function resolveSchema(root: FormSchema, schema: unknown): FormSchema {
  let current: unknown = schema;
  let merged: FormSchema = {};
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (current === true || current === undefined) return merged;
    if (!isRecord(current)) throw new FormDefinitionError('A subschema is not an object');
    const { $ref, ...siblings } = current;
    merged = { ...siblings, ...merged };
    if (typeof $ref !== 'string') return merged;
    current = refTarget(root, $ref);
  }
  throw new FormDefinitionError('Too many nested $ref');
}

function refTarget(root: FormSchema, ref: string): unknown {
  const id = typeof root['$id'] === 'string' ? root['$id'] : '';
  const local = ref.startsWith('#') ? ref : id !== '' && ref.startsWith(`${id}#`) ? ref.slice(id.length) : '';
  if (!local.startsWith('#/') && local !== '#') throw new FormDefinitionError(`Unsupported $ref "${ref}"`);
  let cur: unknown = root;
  for (const t of pointerTokens(decodeURIComponent(local.slice(1)))) {
    cur = isRecord(cur) && Object.hasOwn(cur, t) ? cur[t] : undefined;
  }
  if (cur === undefined) throw new FormDefinitionError(`Unresolved $ref "${ref}"`);
  return cur;
}

function collect(root: FormSchema, schema: FormSchema, out: Map<string, FormSchema>, depth: number): void {
  if (depth > 16) return;
  const props = schema['properties'];
  if (isRecord(props)) {
    for (const [name, sub] of Object.entries(props)) {
      if (!out.has(name)) out.set(name, resolveSchema(root, sub));
    }
  }
  const parts: unknown[] = [];
  if (Array.isArray(schema['allOf'])) parts.push(...(schema['allOf'] as unknown[]));
  parts.push(schema['then'], schema['else']);
  for (const part of parts) {
    if (isRecord(part)) collect(root, resolveSchema(root, part), out, depth + 1);
  }
}

/** The properties of an object schema, with their resolved schemas, in display order. */
export function objectProperties(root: FormSchema, schema: FormSchema): [string, FormSchema][] {
  const found = new Map<string, FormSchema>();
  collect(root, schema, found, 0);
  const order = Array.isArray(schema['x-dvc-order']) ? (schema['x-dvc-order'] as unknown[]) : [];
  const named = order.filter((n): n is string => typeof n === 'string' && found.has(n));
  const rest = [...found.keys()].filter((n) => !named.includes(n));
  return [...named, ...rest].map((n) => [n, found.get(n) as FormSchema]);
}

/** The resolved schema at a data pointer (array indexes go to `items`), or `undefined`. */
export function schemaAt(root: FormSchema, pointer: string): FormSchema | undefined {
  let cur: FormSchema | undefined = resolveSchema(root, root);
  for (const t of pointerTokens(pointer)) {
    if (cur === undefined) return undefined;
    if (/^\d+$/.test(t) && cur['items'] !== undefined) cur = resolveSchema(root, cur['items']);
    else cur = objectProperties(root, cur).find(([n]) => n === t)?.[1];
  }
  return cur;
}
