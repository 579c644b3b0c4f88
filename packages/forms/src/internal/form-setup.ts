/** Turning what `<dvc-form>` is given into its store, or into the error to show in its place. */
import { compileSchema, type ValidationIssue } from '@dvc-kit/validation';
import type { FieldNode } from './form-fields.js';
import { buildFormModel } from './form-model.js';
import { FormStore } from './form-store.js';
import { listFormatChecks, loadListFormats, usesListFormats } from './form-list-formats.js';

/** A store, or the reason there is none. */
export type FormSetup = { ok: true; store: FormStore } | { ok: false; error: unknown };

/** Builds the model and compiles the data model once; never throws. */
export function setUpForm(definition: unknown): FormSetup {
  try {
    const model = buildFormModel(definition);
    if (usesListFormats(model.dataSchema)) void loadListFormats();
    const validator = compileSchema(model.dataSchema, { formats: listFormatChecks });
    return { ok: true, store: new FormStore(model, validator) };
  } catch (error) {
    return { ok: false, error };
  }
}

function flatten(fields: readonly FieldNode[], out: string[]): string[] {
  for (const f of fields) {
    out.push(f.pointer);
    flatten(f.children, out);
  }
  return out;
}

/** `issues` in the order of the fields on the page (issues inside repeatable items after their group's). */
export function inFieldOrder<T extends Pick<ValidationIssue, 'pointer'>>(
  store: FormStore,
  issues: readonly T[],
): T[] {
  const order = flatten(
    store.model.steps.flatMap((s) => s.sections.flatMap((x) => x.fields)),
    [],
  );
  const rank = (pointer: string): number => {
    for (let p = pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
      const i = order.indexOf(p);
      if (i >= 0) return i;
    }
    return -1;
  };
  return issues
    .map((issue, i) => ({ issue, key: rank(issue.pointer), i }))
    .sort((a, b) => a.key - b.key || a.i - b.i)
    .map((x) => x.issue);
}
