/**
 * @dvc-kit/contract: the portal API contract. The OpenAPI 3.1 document is
 * `@dvc-kit/contract/openapi.yaml`; its TypeScript types (`paths`, `components`, `operations`,
 * `webhooks`) are generated from it with openapi-typescript (`pnpm --filter @dvc-kit/contract generate`),
 * and `Procedure.definition` in them is the procedure definition type below, the one both the API
 * and @dvc-kit/procedures use. This entry has no side effects and no Node imports, so it is safe in
 * browsers; `@dvc-kit/contract/node` reads the document on disk.
 */
export type { components, operations, paths, webhooks } from './internal/data/portal-api.js';

// The procedure definition format (v1).
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
} from './procedure-definition.js';
export { WIDGETS, type Widget } from './widgets.js';
