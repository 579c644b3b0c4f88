/**
 * Compiling a definition's data model. Field labels are `{ vi, en }` texts in `x-dvc-label`; the
 * compiler words each call's messages with the label of that call's locale, so one compiled
 * validator serves both languages.
 */
import { adminUnitLookup } from '@dvc-kit/admin-units';
import { listFormats } from '@dvc-kit/validation/lists';
import type { ProcedureDefinition } from '@dvc-kit/contract';
import {
  compileSchema,
  type AdminUnitLookup,
  type CompileOptions,
  type Validator,
} from '@dvc-kit/validation';

/**
 * Options of {@link compileProcedure}: the compiler's options (`locale` is the default locale).
 * `adminUnits` defaults to the 2025 list of @dvc-kit/admin-units, the one the portal checks
 * against; `false` checks province and commune codes by pattern only (a code such as `99999` then
 * passes here and is refused by the portal).
 */
export type CompileProcedureOptions = Omit<CompileOptions, 'adminUnits'> & {
  adminUnits?: AdminUnitLookup | false;
};

/**
 * Compiles the data model of `definition`. Messages are in `options.locale` (default `vi`) unless a
 * call to `validate` asks for another. The list formats of `@dvc-kit/validation/lists`
 * (`iso-country`, `vn-ethnic-group`) are always checked; `options.formats` may add or replace formats.
 * Province and commune codes are checked against the 2025
 * units, as the portal checks them (docs/decisions/0011-admin-unit-codes-contract.md), unless
 * `adminUnits` says otherwise.
 * @throws SchemaError when the data model does not compile.
 */
export function compileProcedure<T = unknown>(
  definition: ProcedureDefinition,
  options: CompileProcedureOptions = {},
): Validator<T> {
  const { adminUnits = adminUnitLookup, ...rest } = options;
  const compileOptions = { ...rest, formats: { ...listFormats, ...rest.formats } };
  return compileSchema<T>(
    definition.dataSchema,
    adminUnits === false ? compileOptions : { ...compileOptions, adminUnits },
  );
}
