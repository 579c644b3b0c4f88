/**
 * Validating a dossier's data on the server, with the same compiled schema the forms use
 * (`compileProcedure`, whose default is the real list of 2025 units, so a client compiling the same
 * definition answers the same). Validators are compiled once per procedure and locale.
 */
import { compileProcedure, type ProcedureDefinition } from '@dvc-kit/procedures';
import type { Locale, Validator } from '@dvc-kit/validation';
import type { ApiIssue } from '../errors.js';

const validators = new Map<string, Validator>();

function validatorFor(definition: ProcedureDefinition, locale: Locale): Validator {
  const key = `${definition.slug}@${definition.version}/${locale}`;
  let validator = validators.get(key);
  if (validator === undefined) {
    validator = compileProcedure(definition, { locale });
    validators.set(key, validator);
  }
  return validator;
}

/** The issues of `data` against the procedure's data model; pointers point into `data`. */
export function dossierIssues(
  definition: ProcedureDefinition,
  data: unknown,
  locale: Locale,
  now: Date,
): ApiIssue[] {
  const result = validatorFor(definition, locale).validate(data, { locale, now });
  return result.ok ? [] : result.issues.map(({ pointer, code, message }) => ({ pointer, code, message }));
}
