/**
 * Values the form fills in by itself: a schema's `default` (and a lone `const`) in a new form and
 * in a new array item, and the empty value of an item's type when "Add" is pressed.
 */
import { cloneData } from './form-data.js';
import type { FieldNode } from './form-fields.js';
import { getPointer, isJsonObject, setPointer } from '@dvc-kit/validation';
import { objectProperties, renderSchema, type FormSchema } from './form-schema.js';

function typeOf(schema: FormSchema): unknown {
  return Array.isArray(schema['type'])
    ? (schema['type'] as unknown[]).find((t) => t !== 'null')
    : schema['type'];
}

/** The value a new form or item starts with at `schema`: its `default`, a lone `const`, or `undefined`. */
export function startValue(schema: FormSchema): unknown {
  if (schema['default'] !== undefined) return cloneData(schema['default']);
  if ('const' in schema && schema['const'] !== true) return cloneData(schema['const']);
  return undefined;
}

/** The value of a new array item: its `default`, else an empty value of its type (`''`, `{}`, `[]`, `false`). */
export function newItem(root: FormSchema, schema: FormSchema, depth = 0): unknown {
  const start = startValue(schema);
  if (start !== undefined) return start;
  const type = typeOf(schema);
  if (type === 'object' || (type === undefined && isJsonObject(schema['properties']))) {
    const out: Record<string, unknown> = {};
    if (depth > 8) return out;
    for (const [name, sub] of objectProperties(root, schema)) {
      const value = startValue(renderSchema(root, sub));
      if (value !== undefined) out[name] = value;
    }
    return out;
  }
  if (type === 'array') return [];
  if (type === 'string') return '';
  if (type === 'boolean') return false;
  return undefined;
}

/** Fills the start values of `fields` (and the groups inside) that `data` lacks (mutating it). */
export function fillDefaults(data: Record<string, unknown>, fields: readonly FieldNode[]): void {
  for (const field of fields) {
    const start = startValue(field.schema);
    if (start !== undefined && getPointer(data, field.pointer) === undefined)
      setPointer(data, field.pointer, start);
    fillDefaults(data, field.children);
  }
}
