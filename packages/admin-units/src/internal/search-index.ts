/**
 * The search index: every unit with its folded full and short names, built once on first search.
 */
import type { Commune, Province } from '../types.js';
import { communeTables, PROVINCES } from './units.js';
import { searchKey } from './search-key.js';

/** One searchable unit. `keys` are the folded full name, short name and any alias. */
export type IndexEntry =
  | { readonly level: 'province'; readonly unit: Province; readonly keys: readonly string[] }
  | { readonly level: 'commune'; readonly unit: Commune; readonly keys: readonly string[] };

/** Other names people still type for a province (search keys). */
const PROVINCE_ALIASES: ReadonlyMap<string, readonly string[]> = new Map([
  ['46', ['thua thien hue']],
  ['79', ['hcm', 'tphcm', 'thanh pho hcm']],
]);

let provinceEntries: readonly IndexEntry[] | undefined;
let communeEntries: readonly IndexEntry[] | undefined;

export function provinceIndex(): readonly IndexEntry[] {
  provinceEntries ??= PROVINCES.map((unit) => ({
    level: 'province' as const,
    unit,
    keys: [searchKey(unit.name), searchKey(unit.shortName), ...(PROVINCE_ALIASES.get(unit.code) ?? [])],
  }));
  return provinceEntries;
}

export function communeIndex(): readonly IndexEntry[] {
  communeEntries ??= communeTables().all.map((unit) => ({
    level: 'commune' as const,
    unit,
    keys: [searchKey(unit.name), searchKey(unit.shortName)],
  }));
  return communeEntries;
}
