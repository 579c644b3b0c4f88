/**
 * The fields on the way to a pointer: which field an issue is about, inside which groups and
 * repeatable items, and whether a person can see it (and so follow a link to it).
 */
import { entryFields } from './form-entries.js';
import { itemFields, type FieldNode } from './form-fields.js';
import type { SectionNode } from './form-model.js';
import type { FormStore } from './form-store.js';

/** One step of the way: a field (group, repeatable or leaf), or an item of a repeatable group. */
export type PathStep = { kind: 'field'; node: FieldNode } | { kind: 'item'; node: FieldNode; index: number };

/** The section a pointer is in, and the steps from the section's field down to the pointer's field. */
export interface FieldPath {
  section: SectionNode;
  steps: PathStep[];
  /** Whether the steps reach the pointer itself (else they end at its nearest rendered ancestor). */
  exact: boolean;
}

function inside(pointer: string, node: FieldNode): boolean {
  return pointer === node.pointer || pointer.startsWith(`${node.pointer}/`);
}

function descend(
  store: FormStore,
  pointer: string,
  fields: readonly FieldNode[],
  steps: PathStep[],
): boolean {
  const node = fields.find((f) => inside(pointer, f));
  if (node === undefined) return false;
  steps.push({ kind: 'field', node });
  if (pointer === node.pointer) return true;
  if (node.widget === 'repeatable') {
    const rest = pointer.slice(node.pointer.length + 1);
    const index = Number(rest.split('/')[0]);
    if (!Number.isInteger(index) || index < 0) return false;
    const items = itemFields(store.model.context, node, index);
    steps.push({ kind: 'item', node, index });
    if (items.length === 1 && items[0]?.pointer === `${node.pointer}/${index}`) {
      // An item of plain values is one field: the item is the field.
      if (pointer === items[0].pointer) return true;
    }
    return descend(store, pointer, items, steps);
  }
  const entries = node.open === true ? entryFields(store.model.context, node, store.value(node.pointer)) : [];
  return descend(store, pointer, [...node.children, ...entries], steps);
}

/** The way to `pointer` through the form's fields, or `undefined` when no section holds it. */
export function fieldPath(store: FormStore, pointer: string): FieldPath | undefined {
  for (const step of store.model.steps) {
    for (const section of step.sections) {
      if (!section.fields.some((f) => inside(pointer, f))) continue;
      const steps: PathStep[] = [];
      const exact = descend(store, pointer, section.fields, steps);
      return { section, steps, exact };
    }
  }
  return undefined;
}

/** Whether every field on `path` is shown (its section shown, no hidden or inactive field on the way). */
export function isShown(store: FormStore, path: FieldPath): boolean {
  if (!store.isSectionVisible(path.section.id)) return false;
  return path.steps.every(
    (s) => s.kind === 'item' || (s.node.widget !== 'hidden' && store.isVisible(s.node.pointer)),
  );
}
