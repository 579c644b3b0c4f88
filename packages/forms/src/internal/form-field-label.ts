/**
 * The name of a field as the error summary says it: its own label qualified by the groups it is in,
 * so "Họ, chữ đệm và tên" of the child and of the mother read differently.
 *
 * A group qualifies the labels inside it with `x-dvc-label-of`, the words for whom or what its fields
 * are about ("người mẹ" / "the mother"): "Họ, chữ đệm và tên của người mẹ", "Full name of the
 * mother". A group without it adds its label in brackets: "Tỉnh/thành phố (Nơi cư trú) của người mẹ".
 * A repeatable item adds its item label ("Thành viên 2"), and the list's label when the item label
 * is the generic "Mục 2".
 */
import type { FieldPath } from './form-field-path.js';
import { itemLabel } from './form-repeatable-template.js';
import type { FormStore } from './form-store.js';
import { pickText, type FormLocale } from './form-text.js';

/** The word joining a field label to its group's `x-dvc-label-of`. */
const OF: Record<FormLocale, string> = { vi: 'của', en: 'of' };

type Qualifier = { of: string } | { label: string };

function qualifiers(store: FormStore, path: FieldPath): Qualifier[] {
  const locale = store.locale;
  const out: Qualifier[] = [];
  const steps = path.steps.slice(0, -1);
  for (const [i, step] of steps.entries()) {
    if (step.kind === 'item') {
      out.push({ label: itemLabel({ node: step.node, store }, step.index) });
      continue;
    }
    const of = pickText(step.node.schema['x-dvc-label-of'], locale);
    const next = steps[i + 1];
    // A list whose items are named by x-dvc-item-label needs no other name.
    const named = next?.kind === 'item' && pickText(step.node.schema['x-dvc-item-label'], locale) !== '';
    if (of !== '') out.push({ of });
    else if (!named) out.push({ label: pickText(step.node.label, locale) });
  }
  return out.reverse().filter((q) => !('label' in q) || q.label !== '');
}

/** The label of the field at the end of `path`, qualified by its groups, innermost first. */
export function qualifiedLabel(store: FormStore, path: FieldPath): string {
  const last = path.steps.at(-1);
  if (last === undefined) return '';
  let text =
    last.kind === 'item'
      ? itemLabel({ node: last.node, store }, last.index)
      : pickText(last.node.label, store.locale);
  let pending: string[] = [];
  const flush = (): void => {
    if (pending.length !== 0) text = `${text} (${pending.join(', ')})`;
    pending = [];
  };
  for (const q of qualifiers(store, path)) {
    if ('of' in q) {
      flush();
      text = `${text} ${OF[store.locale]} ${q.of}`;
    } else pending.push(q.label);
  }
  flush();
  return text;
}
