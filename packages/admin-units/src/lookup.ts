import { getCommune, isCommuneCode } from './communes.js';
import { isProvinceCode } from './provinces.js';

/**
 * The code checks `@dvc-kit/validation` asks for (its `AdminUnitLookup` interface), as one object.
 * This package does not depend on the validation package: the object only has the same shape.
 */
export interface AdminUnitCodeLookup {
  /** Whether `code` is a 2025 province code. */
  readonly isProvinceCode: (code: string) => boolean;
  /** Whether `code` is a 2025 commune code. */
  readonly isCommuneCode: (code: string) => boolean;
  /** The 2-digit province code of a commune, or `undefined` for an unknown commune code. */
  readonly provinceOfCommune: (code: string) => string | undefined;
}

/**
 * Pass this to `@dvc-kit/validation` (as the `adminUnits` of its format context / compile options) so
 * province and commune codes are checked against the real list instead of by pattern only.
 * @example adminUnitLookup.provinceOfCommune('00070') // "01"
 */
export const adminUnitLookup: AdminUnitCodeLookup = Object.freeze({
  isProvinceCode: (code: string): boolean => isProvinceCode(code),
  isCommuneCode: (code: string): boolean => isCommuneCode(code),
  provinceOfCommune: (code: string): string | undefined => getCommune(code)?.provinceCode,
});
