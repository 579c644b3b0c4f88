/**
 * `@dvc-kit/procedures/format`: the procedure definition format without the reference procedures.
 * The types, the widget names, the condition evaluator and the fee calculator, for code that renders or checks a
 * definition it is given (the forms) and must not pull every definition into a page. It has no
 * side effects and imports no definition data (a test bundles the built entry to keep it so).
 */
export type {
  LocalizedText,
  OnlineServiceLevel,
  OnlineService,
  ApplicantType,
  AgencyLevel,
  AgencyKind,
  ProcedureMetadata,
  Condition,
  SubmissionChannel,
  FeeLine,
  FeeExemption,
  DocumentComponent,
  DocumentMode,
  DocumentReplacement,
  DataSource,
  FieldSchema,
  DataSchema,
  LayoutSection,
  LayoutStep,
  ProfileClaim,
  PrefillRule,
  DefinitionNote,
  ProcedureDefinitionSchemaId,
  ProcedureDefinition,
} from '@dvc-kit/contract';
export { WIDGETS, WIDGET_TYPES, isWidget, type Widget } from './widgets.js';
export { evaluateCondition, conditionFields } from './conditions.js';
export { computeFees, type FeeCharge, type ComputeFeesOptions } from './fees.js';
export {
  documentRequirements,
  documentRequirement,
  type DocumentRequirement,
  type DocumentRequirementsOptions,
} from './documents.js';
