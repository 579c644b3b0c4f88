/**
 * @dvc-kit/procedures: the procedure definition format (its meta-schema and types), the reference
 * procedures with sample dossiers, and the lint checks `dvc lint` runs.
 * Every public name is listed here; code under `src/internal/` is private.
 */

// The format: the types, the widget names and the condition evaluator (also `@dvc-kit/procedures/format`).
export * from './format.js';
export { procedureDefinitionMetaSchema, PROCEDURE_DEFINITION_SCHEMA_ID } from './meta-schema.js';

// Reference procedures and samples.
export { procedureDefinitions, procedureSlugs, getProcedureDefinition } from './definitions.js';
export {
  procedureSamples,
  type ProcedureSamples,
  type NamedSample,
  type InvalidSample,
  type ExpectedIssue,
} from './samples.js';

// Working with a definition.
export { compileProcedure, type CompileProcedureOptions } from './localize.js';
export {
  documentRequirements,
  documentRequirement,
  type DocumentRequirement,
  type DocumentRequirementsOptions,
} from './documents.js';
export { onlineServiceOf, onlineServiceLevel } from './online-service.js';
export { computeFees, type FeeCharge, type ComputeFeesOptions } from './fees.js';
export { prefillData, type PrefillProfile, type PrefillResult } from './prefill.js';
export { draftVersionStatus, type DraftVersionStatus } from './version.js';

// Lint.
export { lintDefinition } from './lint/lint-definition.js';
export type { LintIssue, LintCode } from './lint/types.js';
