/**
 * The sections of a form and their `visibleWhen` conditions, as the store reads them: which sections
 * the data hides (and so which fields it leaves out), and which data pointers the conditions read.
 */
import { conditionFields, evaluateCondition } from '@dvc-kit/procedures/format';
import type { FormModel, SectionNode } from './form-model.js';

/** Every section of the form, step after step. */
export function sectionsOf(model: FormModel): SectionNode[] {
  return model.steps.flatMap((s) => s.sections);
}

/** The data pointers the sections' `visibleWhen` conditions read. */
export function sectionReads(model: FormModel): string[] {
  return sectionsOf(model).flatMap((s) =>
    s.visibleWhen === undefined ? [] : conditionFields(s.visibleWhen),
  );
}

/** The sections `data` hides (by id) and the pointers of their top-level fields. */
export function sectionsHidden(
  model: FormModel,
  data: Record<string, unknown>,
): { hidden: Set<string>; excluded: Set<string> } {
  const hidden = new Set<string>();
  const excluded = new Set<string>();
  for (const section of sectionsOf(model)) {
    if (section.visibleWhen === undefined || evaluateCondition(section.visibleWhen, data)) continue;
    hidden.add(section.id);
    for (const field of section.fields) excluded.add(field.pointer);
  }
  return { hidden, excluded };
}
