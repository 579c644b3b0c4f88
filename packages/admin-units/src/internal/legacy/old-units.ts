/**
 * The parsed pre-2025 units: 63 old provinces (on load), their old wards (parsed on first use) and the
 * island districts that had no wards.
 */
import type { OldProvince } from '../../legacy/types.js';
import { OLD_DISTRICT_ROWS, OLD_PROVINCE_ROWS, OLD_WARDS_BY_PROVINCE } from '../data/legacy.js';
import { searchKey } from '../search-key.js';

/** A pre-2025 ward and the 2025 communes it went to. */
export interface OldWard {
  readonly code: string;
  /** Search key of the type word: "xa", "phuong" or "thi tran". */
  readonly typeKey: string;
  /** Search key of the name without its type word. */
  readonly nameKey: string;
  readonly oldProvinceCode: string;
  /** 2025 commune codes; several when the ward was split, none when the source mapping was unusable. */
  readonly targets: readonly string[];
}

/** A pre-2025 district without wards, which became one 2025 commune (đặc khu). */
export interface OldDistrict {
  readonly code: string;
  readonly nameKey: string;
  readonly oldProvinceCode: string;
  readonly target: string;
}

const TYPE_KEYS: Readonly<Record<string, string>> = { x: 'xa', p: 'phuong', t: 'thi tran' };

function toOldProvince([code, name, newProvinceCode]: readonly [string, string, string]): OldProvince {
  const city = name.startsWith('Thành phố ');
  const shortName = name.slice(city ? 'Thành phố '.length : 'Tỉnh '.length);
  return Object.freeze({ code, name, shortName, kind: city ? 'city' : 'province', newProvinceCode });
}

export const OLD_PROVINCES: readonly OldProvince[] = Object.freeze(OLD_PROVINCE_ROWS.map(toOldProvince));
export const OLD_PROVINCE_BY_CODE: ReadonlyMap<string, OldProvince> = new Map(
  OLD_PROVINCES.map((p) => [p.code, p]),
);

export const OLD_DISTRICTS: readonly OldDistrict[] = OLD_DISTRICT_ROWS.map(
  ([code, name, oldProvinceCode, target]) => ({
    code,
    nameKey: searchKey(name).replace(/^huyen /, ''),
    oldProvinceCode,
    target,
  }),
);

interface WardTables {
  readonly byCode: ReadonlyMap<string, OldWard>;
  readonly byProvince: ReadonlyMap<string, readonly OldWard[]>;
}

let tables: WardTables | undefined;

function parseProvinceWards(encoded: string, oldProvinceCode: string): OldWard[] {
  let code = 0;
  if (encoded === '') return [];
  return encoded.split('|').map((entry) => {
    const match = /^(\d+)([xpt])([^:]*):(.*)$/.exec(entry);
    if (!match) throw new Error(`@dvc-kit/admin-units: corrupt old ward entry ${entry}`);
    const [, delta = '', letter = '', name = '', targets = ''] = match;
    code += Number(delta);
    return {
      code: String(code).padStart(5, '0'),
      typeKey: TYPE_KEYS[letter] ?? '',
      nameKey: searchKey(name),
      oldProvinceCode,
      targets: targets === '' ? [] : targets.split(','),
    };
  });
}

/** All old wards, indexed once on first use. */
export function oldWardTables(): WardTables {
  if (tables) return tables;
  const byCode = new Map<string, OldWard>();
  const byProvince = new Map<string, readonly OldWard[]>();
  OLD_PROVINCES.forEach((province, index) => {
    const wards = parseProvinceWards(OLD_WARDS_BY_PROVINCE[index] ?? '', province.code);
    for (const ward of wards) byCode.set(ward.code, ward);
    byProvince.set(province.code, wards);
  });
  tables = { byCode, byProvince };
  return tables;
}
