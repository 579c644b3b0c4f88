/**
 * Which fields apply and must be filled before the validator is there, from the field tree
 * `buildFormModel` built (docs/decisions/0018-first-render.md, "Fourth round"): the fields that are
 * not under a condition or a choice, where the objects holding them are in the data, and those of
 * them their object lists in `required`. The same answer as validation's `unconditionalFields` over
 * `declaredFields` for every field the form shows (pinned by a parity test), without a second walk
 * of the schema before the first paint. Not listed, as there: an array's items themselves (a
 * tuple's positions are), the fields inside a recursive group, and an open object's extra members
 * (only a validator decides those; none of them is required).
 */
import { getPointer, parentPointer } from '@dvc-kit/validation';
import { itemFields, type BuildContext, type FieldNode } from './form-fields.js';

/** The fields that apply to `data` whatever its values, and those of them that must be filled. */
export interface FirstPaintFields {
  active: string[];
  required: string[];
}

/** The value at `pointer`, `undefined` where `data` has none (or another shape: a list where an object was declared). */
function valueAt(data: unknown, pointer: string): unknown {
  try {
    return getPointer(data, pointer);
  } catch {
    return undefined;
  }
}

/** The number of positions a tuple (`prefixItems`, draft-07 `items: [...]`) declares, else 0. */
function tupleLength(schema: FieldNode['schema']): number {
  const prefix = schema['prefixItems'] ?? schema['items'];
  return Array.isArray(prefix) ? prefix.length : 0;
}

function walk(ctx: BuildContext, nodes: readonly FieldNode[], data: unknown, out: FirstPaintFields): void {
  for (const node of nodes) {
    // A field under a condition (and all below it) applies when the validator says so.
    if (node.conditional === true) continue;
    const pointer = node.pointer;
    if (pointer !== '' && valueAt(data, parentPointer(pointer)) === undefined) continue;
    if (pointer !== '') {
      out.active.push(pointer);
      if (node.required === true) out.required.push(pointer);
    }
    // A choice's branches are decided by the choice (`branchFields`); a recursive group is not walked again.
    walk(ctx, node.children, data, out);
    // A list's items (a tuple's positions, whatever widget shows it: a choice of several, say).
    if (node.widget === 'repeatable' || tupleLength(node.schema) > 0) walkItems(ctx, node, data, out);
  }
}

/** The fields of each item `data` has in the repeatable `node`. */
function walkItems(ctx: BuildContext, node: FieldNode, data: unknown, out: FirstPaintFields): void {
  const value = valueAt(data, node.pointer);
  if (value === undefined) return;
  const items: unknown[] = Array.isArray(value) ? value : [];
  const positions = tupleLength(node.itemSchema ?? node.schema);
  // A tuple's positions are fields wherever the array is, there or not (as an object's properties are).
  for (let i = items.length; i < positions; i++) out.active.push(`${node.pointer}/${i}`);
  for (let i = 0; i < items.length; i++) {
    const fields = itemFields(ctx, node, i);
    const [only] = fields;
    // A non-object item is one field at the item's pointer: a field of its own only at a tuple's position.
    if (fields.length === 1 && only !== undefined && only.pointer === `${node.pointer}/${i}`) {
      if (i < positions) out.active.push(only.pointer);
      walk(ctx, only.children, data, out);
      if (only.widget === 'repeatable' || tupleLength(only.schema) > 0) walkItems(ctx, only, data, out);
    } else {
      if (i < positions) out.active.push(`${node.pointer}/${i}`);
      walk(ctx, fields, data, out);
    }
  }
}

/** The first paint's answer for `nodes` (the form's top-level fields) and `data`. */
export function firstPaintFields(
  ctx: BuildContext,
  nodes: readonly FieldNode[],
  data: unknown,
): FirstPaintFields {
  const out: FirstPaintFields = { active: [], required: [] };
  walk(ctx, nodes, data, out);
  return out;
}
