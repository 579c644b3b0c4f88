/**
 * The parsed 2025 units. Provinces are built on load (34 small objects); communes are parsed from the
 * generated strings the first time anything asks for them.
 */
import type { Commune, CommuneKind, Province } from '../types.js';
import { COMMUNES_BY_PROVINCE } from './data/communes.js';
import { PROVINCE_ROWS } from './data/provinces.js';

const COMMUNE_KINDS: Readonly<Record<string, readonly [CommuneKind, string]>> = {
  x: ['xa', 'Xã'],
  p: ['phuong', 'Phường'],
  d: ['dac-khu', 'Đặc khu'],
};

function toProvince([code, name]: readonly [string, string]): Province {
  const city = name.startsWith('Thành phố ');
  const shortName = name.slice(city ? 'Thành phố '.length : 'Tỉnh '.length);
  return Object.freeze({ code, name, shortName, kind: city ? 'city' : 'province' });
}

/** The 34 provinces in code order. */
export const PROVINCES: readonly Province[] = Object.freeze(PROVINCE_ROWS.map(toProvince));

/** Province code -> province. */
export const PROVINCE_BY_CODE: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));

interface CommuneTables {
  readonly all: readonly Commune[];
  readonly byCode: ReadonlyMap<string, Commune>;
  readonly byProvince: ReadonlyMap<string, readonly Commune[]>;
}

let tables: CommuneTables | undefined;

function parseCommune(entry: string, provinceCode: string): Commune {
  const code = entry.slice(0, 5);
  const kind = COMMUNE_KINDS[entry.charAt(5)];
  if (kind === undefined) throw new Error(`@dvc-kit/admin-units: corrupt commune entry ${entry}`);
  const shortName = entry.slice(6);
  return Object.freeze({ code, name: `${kind[1]} ${shortName}`, shortName, kind: kind[0], provinceCode });
}

/** All communes, indexed once on first use. */
export function communeTables(): CommuneTables {
  if (tables) return tables;
  const all: Commune[] = [];
  const byCode = new Map<string, Commune>();
  const byProvince = new Map<string, readonly Commune[]>();
  PROVINCES.forEach((province, index) => {
    const entries = COMMUNES_BY_PROVINCE[index]?.split('|') ?? [];
    const communes = entries.map((entry) => parseCommune(entry, province.code));
    for (const commune of communes) byCode.set(commune.code, commune);
    all.push(...communes);
    byProvince.set(province.code, Object.freeze(communes));
  });
  tables = { all: Object.freeze(all), byCode, byProvince };
  return tables;
}
