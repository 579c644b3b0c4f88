/**
 * An index of the fields a data model declares, wherever it declares them: `properties` of the
 * root, of `allOf`/`anyOf`/`oneOf` branches, of `then`/`else` and `dependentSchemas`, through local
 * `$ref`s, and of array `items`. Field keys are JSON Pointers into the data, with `-` standing for
 * "any item" of an array (`/householdMembers/-/personalId`).
 */
import { isObject, joinPointer, parsePointer, valueAt } from '../internal/pointer.js';

/** One declaration of a field: its subschema and where it is in the definition. */
export interface FieldDeclaration {
  schema: Record<string, unknown>;
  /** JSON Pointer into the definition document. */
  at: string;
}

/** A schema object met while walking, with the data location it applies to. */
export interface SchemaNode extends FieldDeclaration {
  /** The data location (a field key). */
  instance: string;
}

/** The fields and schema nodes of a data model. */
export interface SchemaIndex {
  /** Field key → its declarations (a field may be declared and refined in several places). */
  fields: Map<string, FieldDeclaration[]>;
  /** Every schema object reached, once per data location. */
  nodes: SchemaNode[];
  /** `if` subschemas, with the data location they test. */
  conditions: SchemaNode[];
  /** Resolves a local `$ref` (`#/$defs/address`) to the schema it names, with its definition pointer. */
  resolve(ref: unknown): FieldDeclaration | undefined;
}

const IN_PLACE_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const IN_PLACE_ONE = ['then', 'else'] as const;
const MAX_DEPTH = 48;

/** Builds the index of `dataSchema`, which sits at `at` (default `/dataSchema`) in the definition. */
export function indexSchema(dataSchema: unknown, at = '/dataSchema'): SchemaIndex {
  const fields = new Map<string, FieldDeclaration[]>();
  const nodes: SchemaNode[] = [];
  const conditions: SchemaNode[] = [];
  const seen = new Set<string>();

  const resolve = (ref: unknown): FieldDeclaration | undefined => {
    if (typeof ref !== 'string' || !ref.startsWith('#')) return undefined;
    const fragment = decodeURIComponent(ref.slice(1));
    if (parsePointer(fragment) === undefined) return undefined;
    const { found, value } = valueAt(dataSchema, fragment);
    return found && isObject(value) ? { schema: value, at: at + fragment } : undefined;
  };

  const walk = (schema: unknown, instance: string, here: string, depth: number): void => {
    if (!isObject(schema) || depth > MAX_DEPTH) return;
    const key = `${here} ${instance}`;
    if (seen.has(key)) return;
    seen.add(key);
    nodes.push({ schema, at: here, instance });
    const target = resolve(schema['$ref']);
    if (target !== undefined) walk(target.schema, instance, target.at, depth + 1);
    const props = schema['properties'];
    if (isObject(props)) {
      for (const [name, sub] of Object.entries(props)) {
        if (!isObject(sub)) continue;
        const field = joinPointer(instance, name);
        const subAt = joinPointer(here, 'properties', name);
        const list = fields.get(field) ?? [];
        if (!list.some((d) => d.at === subAt)) list.push({ schema: sub, at: subAt });
        fields.set(field, list);
        walk(sub, field, subAt, depth + 1);
      }
    }
    for (const k of IN_PLACE_LISTS) {
      const list = schema[k];
      if (Array.isArray(list))
        list.forEach((sub, i) => {
          walk(sub, instance, joinPointer(here, k, i), depth + 1);
        });
    }
    for (const k of IN_PLACE_ONE) walk(schema[k], instance, joinPointer(here, k), depth + 1);
    const deps = schema['dependentSchemas'];
    if (isObject(deps))
      for (const [name, sub] of Object.entries(deps))
        walk(sub, instance, joinPointer(here, 'dependentSchemas', name), depth + 1);
    walk(schema['items'], `${instance}/-`, joinPointer(here, 'items'), depth + 1);
    if (isObject(schema['if']))
      conditions.push({ schema: schema['if'], at: joinPointer(here, 'if'), instance });
  };

  walk(dataSchema, '', at, 0);
  return { fields, nodes, conditions, resolve };
}

/** A keyword of a declaration, looked up on the schema and then on its `$ref` target. */
export function keywordOf(index: SchemaIndex, schema: Record<string, unknown>, keyword: string): unknown {
  if (Object.hasOwn(schema, keyword)) return schema[keyword];
  const target = index.resolve(schema['$ref']);
  return target !== undefined && Object.hasOwn(target.schema, keyword) ? target.schema[keyword] : undefined;
}

/** A keyword of a field, from the first of its declarations that has it. */
export function fieldKeyword(index: SchemaIndex, field: string, keyword: string): unknown {
  for (const d of index.fields.get(field) ?? []) {
    const v = keywordOf(index, d.schema, keyword);
    if (v !== undefined) return v;
  }
  return undefined;
}

/** The JSON types a field declares (`type`, or inferred from `const`/`enum`), empty when unknown. */
export function fieldTypes(index: SchemaIndex, field: string): string[] {
  const type = fieldKeyword(index, field, 'type');
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.filter((t): t is string => typeof t === 'string');
  return [];
}
