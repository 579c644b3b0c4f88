/**
 * Validates one control's value through @dvc-kit/validation, never a second rule set: the field's
 * schema is wrapped as the only property of an object (required when the control is), compiled once
 * per schema, label and requiredness, and checked with `validateAt`.
 */
import type { Locale, ValidationIssue, Validator } from '@dvc-kit/validation';
import { compilerNow, type Compile } from '../compiler-load.js';

/** A JSON Schema for one field (an object schema or a boolean schema). */
export type FieldSchema = Record<string, unknown> | boolean;

/** What to validate. `value` is `undefined` when the field is empty. */
export interface FieldValidationInput {
  schema: FieldSchema | undefined;
  label: string;
  required: boolean;
  value: unknown;
  locale: Locale;
}

const MAX_CACHED = 200;
const compiled = new Map<string, Validator>();

function wrap(schema: FieldSchema | undefined, label: string, required: boolean): Record<string, unknown> {
  const field: Record<string, unknown> =
    typeof schema === 'object' ? { ...schema } : schema === false ? { not: {} } : {};
  delete field['$schema'];
  if (label !== '') field['x-dvc-label'] = label;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    properties: { value: field },
    required: required ? ['value'] : [],
  };
}

function validatorFor(
  compileSchema: Compile,
  schema: FieldSchema | undefined,
  label: string,
  required: boolean,
): Validator {
  const key = JSON.stringify([schema, label, required]);
  let validator = compiled.get(key);
  if (validator === undefined) {
    validator = compileSchema(wrap(schema, label, required));
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(key, validator);
  }
  return validator;
}

/**
 * The first issue the value has, or `undefined` when it is valid. Needs the compiler loaded
 * (`loadCompiler()` of `compiler-load.ts`).
 * @throws SchemaError when `schema` cannot be compiled; Error when the compiler has not loaded.
 */
export function validateField(input: FieldValidationInput): ValidationIssue | undefined {
  const compileSchema = compilerNow();
  if (compileSchema === undefined) throw new Error('The validation compiler has not loaded yet.');
  const validator = validatorFor(compileSchema, input.schema, input.label, input.required);
  const data = input.value === undefined ? {} : { value: input.value };
  const result = validator.validateAt('/value', data, { locale: input.locale });
  return result.ok ? undefined : result.issues[0];
}
