/** The test fixtures of `<dvc-form>`: mounting it (`form-mount.ts`) and the reference definitions. */
import { getProcedureDefinition, type ProcedureDefinition } from '@dvc-kit/procedures';

export * from './form-mount.js';

/** The reference definition `slug` (throws when there is none). */
export function definition(slug: string): ProcedureDefinition {
  const found = getProcedureDefinition(slug);
  if (found === undefined) throw new Error(`No procedure ${slug}`);
  return found;
}

/**
 * `definition` laid out on one page: its steps' sections in one step (a definition without steps),
 * for tests of fields rather than of steps.
 */
export function onePage(definition: ProcedureDefinition): ProcedureDefinition {
  const [first] = definition.layout.steps;
  if (first === undefined) return definition;
  return {
    ...definition,
    layout: {
      ...definition.layout,
      steps: [{ ...first, sections: definition.layout.steps.flatMap((s) => s.sections) }],
    },
  };
}
