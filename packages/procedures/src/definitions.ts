/** The reference procedure definitions shipped with the package. */
import { definitionFiles } from './internal/files.js';
import type { ProcedureDefinition } from '@dvc-kit/contract';

/** Every reference definition, by slug. Each is checked against the meta-schema and `lintDefinition` in tests. */
export const procedureDefinitions: readonly ProcedureDefinition[] = definitionFiles as ProcedureDefinition[];

/** The slugs of the reference definitions, e.g. `birth-registration`. */
export const procedureSlugs: readonly string[] = procedureDefinitions.map((d) => d.slug);

/**
 * The reference definition with a national code (`1.001193`) or a slug (`birth-registration`).
 * @returns the definition, or `undefined` when there is none.
 */
export function getProcedureDefinition(codeOrSlug: string): ProcedureDefinition | undefined {
  return procedureDefinitions.find((d) => d.slug === codeOrSlug || d.procedure.code === codeOrSlug);
}
