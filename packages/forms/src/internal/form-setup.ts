/** Turning what `<dvc-form>` is given into its store, or into the error to show in its place. */
import type { ValidationIssue } from '@dvc-kit/validation';
import { loadCompiler } from './compiler-load.js';
import type { FieldNode } from './form-fields.js';
import { buildFormModel } from './form-model.js';
import { FormStore } from './form-store.js';
import { precompiledStoreValidator, type WholeValidator } from './form-precompiled.js';
import { listFormatChecks, loadListFormats, usesListFormats } from './form-list-formats.js';

/**
 * A store and its validator on the way (`compiled` rejects when the data model does not compile,
 * or the compiler could not load), or the reason there is none.
 */
export type FormSetup =
  { ok: true; store: FormStore; compiled: Promise<void> } | { ok: false; error: unknown };

/**
 * Builds the model and the store at once, for the first render; the compiler loads meanwhile and
 * compiles the data model once, then the store takes the validator
 * (docs/decisions/0021-first-paint-before-the-compiler.md). With `precompiled` (the form's
 * `validator`) and a data model without conditions, no compiler is loaded. Never throws.
 */
export function setUpForm(definition: unknown, precompiled?: WholeValidator): FormSetup {
  try {
    const model = buildFormModel(definition);
    if (usesListFormats(model.dataSchema)) void loadListFormats();
    const store = new FormStore(model);
    // A precompiled validator answers for a data model without conditions: no compiler at all.
    const answering = precompiled && precompiledStoreValidator(precompiled, store.declared());
    if (answering !== undefined) {
      store.setValidator(answering);
      return { ok: true, store, compiled: Promise.resolve() };
    }
    const compiled = loadCompiler().then((compileSchema) => {
      store.setValidator(compileSchema(model.dataSchema, { formats: listFormatChecks }));
    });
    return { ok: true, store, compiled };
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
