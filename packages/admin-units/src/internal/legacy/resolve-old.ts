/**
 * Finds the old province, district or wards an address part names, by code or by name.
 */
import type { OldProvince } from '../../legacy/types.js';
import {
  ADDRESS_ABBREVIATIONS,
  expandAbbreviation,
  OLD_DISTRICT_TYPE_WORDS,
  OLD_WARD_TYPE_WORDS,
  PROVINCE_TYPE_WORDS,
  searchKey,
  splitTypeWord,
} from '../search-key.js';
import {
  OLD_DISTRICTS,
  OLD_PROVINCE_BY_CODE,
  OLD_PROVINCES,
  oldWardTables,
  type OldDistrict,
  type OldWard,
} from './old-units.js';

/** Other names of old provinces (search keys). */
const OLD_PROVINCE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['thua thien hue', '46'],
  ['hcm', '79'],
  ['tphcm', '79'],
  ['sai gon', '79'],
  ['brvt', '77'],
]);

let provinceByKey: ReadonlyMap<string, OldProvince> | undefined;

function addressKey(text: string): string {
  return expandAbbreviation(searchKey(text), ADDRESS_ABBREVIATIONS);
}

/** The old province named or coded by `text`. */
export function resolveOldProvince(text: string): OldProvince | undefined {
  const raw = text.trim();
  if (/^\d{1,2}$/.test(raw)) return OLD_PROVINCE_BY_CODE.get(raw.padStart(2, '0'));
  if (!provinceByKey) {
    const map = new Map(OLD_PROVINCES.map((p) => [searchKey(p.shortName), p]));
    for (const [alias, code] of OLD_PROVINCE_ALIASES) {
      const province = OLD_PROVINCE_BY_CODE.get(code);
      if (province) map.set(alias, province);
    }
    provinceByKey = map;
  }
  const [, name] = splitTypeWord(addressKey(raw), PROVINCE_TYPE_WORDS);
  return provinceByKey.get(name);
}

/** The ward-less island district named or coded by `text` in an old province. */
export function resolveOldDistrict(text: string, oldProvinceCode: string): OldDistrict | undefined {
  const raw = text.trim();
  const [, name] = splitTypeWord(addressKey(raw), OLD_DISTRICT_TYPE_WORDS);
  return OLD_DISTRICTS.find(
    (d) => d.oldProvinceCode === oldProvinceCode && (d.code === raw || (name !== '' && d.nameKey === name)),
  );
}

/** Old wards matching a ward part: by code (anywhere, so the caller can tell the province differs) or by name. */
export interface WardMatch {
  readonly wards: readonly OldWard[];
  /** The part gave a type word that no ward of that name has; the wards are matched on the name alone. */
  readonly typeDiffers: boolean;
}

export function resolveOldWards(text: string, oldProvinceCode: string): WardMatch {
  const raw = text.trim();
  const tables = oldWardTables();
  if (/^\d{5}$/.test(raw)) {
    const ward = tables.byCode.get(raw);
    return { wards: ward ? [ward] : [], typeDiffers: false };
  }
  const [type, name] = splitTypeWord(addressKey(raw), OLD_WARD_TYPE_WORDS);
  if (name === '') return { wards: [], typeDiffers: false };
  const named = (tables.byProvince.get(oldProvinceCode) ?? []).filter((w) => w.nameKey === name);
  const typed = type === undefined ? named : named.filter((w) => w.typeKey === type);
  return typed.length > 0 || named.length === 0
    ? { wards: typed, typeDiffers: false }
    : { wards: named, typeDiffers: true };
}
