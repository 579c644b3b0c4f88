/**
 * Compiling a definition's data model with labels in one language. The compiler reads a field's
 * label for its messages from `x-dvc-label` only when it is a string; definitions carry `{ vi, en }`,
 * so {@link localizeDataSchema} swaps in the string of one locale first.
 */
import { compileSchema, type CompileOptions, type Locale, type Validator } from '@dvc-kit/validation';
import { isObject } from './internal/pointer.js';
import type { LocalizedText, ProcedureDefinition } from './types.js';

function isText(value: unknown): value is LocalizedText {
  return isObject(value) && typeof value['vi'] === 'string' && typeof value['en'] === 'string';
}

function localize(value: unknown, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((v) => localize(v, locale));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = key === 'x-dvc-label' && isText(v) ? v[locale] : localize(v, locale);
  }
  return out;
}

/** A copy of `schema` whose `x-dvc-label` texts are replaced by their `locale` string. */
export function localizeDataSchema<T>(schema: T, locale: Locale): T {
  return localize(schema, locale) as T;
}

/** Options of {@link compileProcedure}: the compiler's options; `locale` also picks the labels. */
export type CompileProcedureOptions = CompileOptions;

/**
 * Compiles the data model of `definition` with labels and messages in `options.locale`
 * (default `vi`). Pass `adminUnits` from `@dvc-kit/admin-units` to check codes against the real list.
 * @throws SchemaError when the data model does not compile.
 */
export function compileProcedure<T = unknown>(
  definition: ProcedureDefinition,
  options: CompileProcedureOptions = {},
): Validator<T> {
  const locale = options.locale ?? 'vi';
  return compileSchema<T>(localizeDataSchema(definition.dataSchema, locale), { ...options, locale });
}
