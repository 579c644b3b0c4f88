/** The meta-schema every procedure definition is checked against (JSON Schema 2020-12). */
import metaSchema from '../meta-schema/procedure-definition.schema.json' with { type: 'json' };
import type { ProcedureDefinitionSchemaId } from '@dvc-kit/contract';

/** The `$id` of the v1 meta-schema; a definition's `$schema` is this URI. */
export const PROCEDURE_DEFINITION_SCHEMA_ID: ProcedureDefinitionSchemaId =
  'https://dvc-kit.dev/schemas/procedure-definition/v1.json';

/**
 * The v1 meta-schema, also published as `@dvc-kit/procedures/meta-schema.json`. Compile it with
 * `compileSchema` from `@dvc-kit/validation` to check a definition's shape; then run `lintDefinition`.
 */
export const procedureDefinitionMetaSchema: Readonly<Record<string, unknown>> = metaSchema;
