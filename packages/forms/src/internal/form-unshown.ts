/**
 * The values a form keeps and submits but shows in no field: keys its schema does not declare
 * (outside an open object's key-value editor), values the editor cannot type (objects, lists, `null`
 * under `additionalProperties: true`). `dvc-submit` reports them as `detail.unshown`, so nothing is kept
 * out of sight silently.
 */
import { entryFields } from './form-entries.js';
import { expandLazy, itemFields, type FieldNode } from './form-fields.js';
import { childPointer, getPointer, isJsonObject } from '@dvc-kit/validation';
import type { FormModel } from './form-model.js';

/** What the walk reads of the form's store. */
export interface ShownFields {
  readonly data: Record<string, unknown>;
  readonly model: FormModel;
  fields(): FieldNode[];
  isVisible(pointer: string): boolean;
  choice(node: FieldNode): number;
}

interface Coverage {
  /** Pointers whose whole value a field shows. */
  leaves: Set<string>;
  /** Pointers of groups (their keys are shown one by one) and the objects on the way to a placed field. */
  groups: Set<string>;
}

function cover(store: ShownFields, nodes: readonly FieldNode[], out: Coverage): void {
  for (const raw of nodes) {
    if (!store.isVisible(raw.pointer)) continue;
    const value = getPointer(store.data, raw.pointer);
    const node = raw.lazy !== undefined && isJsonObject(value) ? expandLazy(store.model.context, raw) : raw;
    for (let p = node.pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
      if (p !== node.pointer) out.groups.add(p);
    }
    if (node.widget === 'repeatable') {
      out.groups.add(node.pointer);
      const count = Array.isArray(value) ? value.length : 0;
      for (let i = 0; i < count; i++) {
        const fields = itemFields(store.model.context, node, i);
        out.groups.add(childPointer(node.pointer, i));
        cover(store, fields, out);
      }
    } else if (node.widget === 'group' || node.widget === 'address') {
      out.groups.add(node.pointer);
      cover(store, node.children, out);
      const branches = node.branches;
      if (branches !== undefined) cover(store, branches[store.choice(node)]?.children ?? [], out);
      if (node.open === true) cover(store, entryFields(store.model.context, node, value), out);
    } else out.leaves.add(node.pointer);
  }
}

/** The pointers of the values in `data` (the submission) that no field of `store` shows. */
export function unshownPointers(store: ShownFields, data: Record<string, unknown>): string[] {
  const coverage: Coverage = { leaves: new Set(), groups: new Set(['']) };
  cover(store, store.fields(), coverage);
  const out: string[] = [];
  const walk = (pointer: string, value: unknown): void => {
    if (coverage.leaves.has(pointer)) return;
    if (!coverage.groups.has(pointer)) {
      out.push(pointer);
      return;
    }
    if (isJsonObject(value)) for (const [k, v] of Object.entries(value)) walk(childPointer(pointer, k), v);
    else if (Array.isArray(value))
      value.forEach((v, i) => {
        walk(childPointer(pointer, i), v);
      });
  };
  walk('', data);
  return out;
}
