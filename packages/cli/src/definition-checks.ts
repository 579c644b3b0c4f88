/**
 * The checks of one procedure definition: the procedures package's meta-schema (compiled with
 * @dvc-kit/validation), the procedures package's `lintDefinition` for what a schema cannot express,
 * and a compile of the definition's `dataSchema` with `compileProcedure`.
 *
 * Private to the package (not exported), but outside `src/internal/`, because the layer check forbids
 * code there from importing any package's public entry.
 */
import {
  compileProcedure,
  lintDefinition,
  procedureDefinitionMetaSchema,
  type ProcedureDefinition,
} from '@dvc-kit/procedures';
import { compileSchema, SchemaError, type Locale, type Validator } from '@dvc-kit/validation';

/** One problem in a definition, located by a JSON Pointer into the definition document. */
export interface DefinitionProblem {
  pointer: string;
  code: string;
  message: string;
  severity: 'error' | 'warning';
  source: 'meta-schema' | 'definition' | 'data-schema';
}

let metaValidator: Validator | undefined;

/**
 * Everything wrong with `definition`, in no particular order. The definition rules rely on the shape
 * the meta-schema guarantees, so they run only once the meta-schema passes.
 */
export function checkDefinition(definition: unknown, locale: Locale): DefinitionProblem[] {
  metaValidator ??= compileSchema(procedureDefinitionMetaSchema);
  const problems: DefinitionProblem[] = [];
  const meta = metaValidator.validate(definition, { locale });
  if (!meta.ok) {
    for (const { pointer, code, message } of meta.issues) {
      // The validator words issues for form users; a developer also needs the place in the definition.
      const where = `${message.replace(/\.$/, '')} (at ${pointer === '' ? '/' : pointer}).`;
      problems.push({ pointer, code, message: where, severity: 'error', source: 'meta-schema' });
    }
  } else {
    for (const { pointer, code, message, severity } of lintDefinition(definition as ProcedureDefinition)) {
      problems.push({ pointer, code, message, severity, source: 'definition' });
    }
  }
  problems.push(...checkDataSchema(definition));
  return problems;
}

/**
 * The definition's `dataSchema` must compile, the way the forms and `dvc validate` compile it
 * (`compileProcedure`): a schema error is reported at its keyword.
 */
function checkDataSchema(definition: unknown): DefinitionProblem[] {
  if (definition === null || typeof definition !== 'object' || !('dataSchema' in definition)) return [];
  const { dataSchema } = definition;
  if (dataSchema === null || typeof dataSchema !== 'object') return [];
  try {
    // A format no check knows is an annotation for the forms; in a definition it is a typo to report.
    compileProcedure(definition as ProcedureDefinition, { unknownFormats: 'error' });
    return [];
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    const pointer = `/dataSchema${error.pointer}`;
    // The compiler names the place inside the data schema; say where it is in the definition instead.
    const detail = error.message.replace(/ \(keyword "[^"]*" at "[^"]*"\)$/, '');
    return [
      {
        pointer,
        code: error.code,
        message: `${detail} (at ${pointer}).`,
        severity: 'error',
        source: 'data-schema',
      },
    ];
  }
}
