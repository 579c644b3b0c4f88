/**
 * Compiling a definition's data model. Field labels are `{ vi, en }` texts in `x-dvc-label`; the
 * compiler words each call's messages with the label of that call's locale, so one compiled
 * validator serves both languages.
 */
import { compileSchema, type CompileOptions, type Validator } from '@dvc-kit/validation';
import { listFormats } from '@dvc-kit/validation/lists';
import type { ProcedureDefinition } from '@dvc-kit/contract';

/** Options of {@link compileProcedure}: the compiler's options (`locale` is the default locale). */
export type CompileProcedureOptions = CompileOptions;

/**
 * Compiles the data model of `definition`. Messages are in `options.locale` (default `vi`) unless a
 * call to `validate` asks for another. The list formats of `@dvc-kit/validation/lists`
 * (`iso-country`, `vn-ethnic-group`) are always checked; `options.formats` may add or replace formats.
 * Pass `adminUnits` from `@dvc-kit/admin-units` to check codes against the real list.
 * @throws SchemaError when the data model does not compile.
 */
export function compileProcedure<T = unknown>(
  definition: ProcedureDefinition,
  options: CompileProcedureOptions = {},
): Validator<T> {
  return compileSchema<T>(definition.dataSchema, {
    ...options,
    formats: { ...listFormats, ...options.formats },
  });
}
