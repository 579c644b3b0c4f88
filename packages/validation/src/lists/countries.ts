/**
 * Countries and territories: the 249 codes of ISO 3166-1 alpha-2, with Vietnamese and English names
 * from Unicode CLDR (see `internal/countries-data.ts` for the versions and licence).
 */
import { COUNTRY_ROWS } from './internal/countries-data.js';
import { searchKeyOf, type ListItem } from './list-item.js';

/** The 249 ISO 3166-1 countries and territories, in code order (`AD` ... `ZW`). */
export const countries: readonly ListItem[] = Object.freeze(
  COUNTRY_ROWS.map(([code, vi, en]) =>
    Object.freeze({ code, vi, en, searchKey: searchKeyOf(`${vi} ${en} ${code}`) }),
  ),
);

const BY_CODE: ReadonlyMap<string, ListItem> = new Map(countries.map((c) => [c.code, c]));

/** The country of an ISO 3166-1 alpha-2 code (upper case, `VN`), or `undefined`. */
export function country(code: string): ListItem | undefined {
  return BY_CODE.get(code);
}
