/**
 * @dvc-kit/admin-units: Vietnam's administrative units since 1 July 2025 (34 provinces, 3,321
 * communes), lookups by code, search by name. The pre-2025 to 2025 address mapping is a separate entry,
 * `@dvc-kit/admin-units/legacy`, so this one stays small. Every public name is listed here; code under
 * `src/internal/` is private.
 */
export type { Commune, CommuneKind, Province, ProvinceKind } from './types.js';
export { getProvince, isProvinceCode, provinces } from './provinces.js';
export { communesOf, getCommune, isCommuneCode } from './communes.js';
export { adminUnitLookup, type AdminUnitCodeLookup } from './lookup.js';
export { foldDiacritics } from './fold.js';
export { searchUnits, type SearchOptions, type SearchResult } from './search.js';
