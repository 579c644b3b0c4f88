import type { OldAddressCandidate, OldAddressInput, OldAddressMatch, OldAddressReason } from './types.js';
import type { OldWard } from '../internal/legacy/old-units.js';
import { resolveOldDistrict, resolveOldProvince, resolveOldWards } from '../internal/legacy/resolve-old.js';
import { communeTables, PROVINCE_BY_CODE } from '../internal/units.js';

/** One part of the input, trimmed; '' when missing or not a string (callers from plain JavaScript). */
function part(input: unknown, key: keyof OldAddressInput): string {
  if (typeof input !== 'object' || input === null) return '';
  const value = (input as Record<string, unknown>)[key];
  return typeof value === 'string' ? value.trim() : '';
}

function result(
  status: OldAddressMatch['status'],
  candidates: OldAddressCandidate[],
  reason?: OldAddressReason,
): OldAddressMatch {
  return reason === undefined ? { status, candidates } : { status, candidates, reason };
}

const notFound = (reason: OldAddressReason): OldAddressMatch => result('not-found', [], reason);

function candidate(
  communeCode: string,
  coverage: OldAddressCandidate['coverage'],
): OldAddressCandidate | undefined {
  const commune = communeTables().byCode.get(communeCode);
  const province = commune && PROVINCE_BY_CODE.get(commune.provinceCode);
  return commune && province ? { province, commune, coverage } : undefined;
}

/** One candidate per 2025 commune, in old-ward order; `full` wins when two wards disagree. */
function candidatesOf(wards: readonly OldWard[]): OldAddressCandidate[] {
  const byCommune = new Map<string, OldAddressCandidate>();
  for (const ward of wards) {
    const coverage = ward.targets.length === 1 ? 'full' : 'partial';
    for (const target of ward.targets) {
      const previous = byCommune.get(target);
      if (previous && (previous.coverage === 'full' || coverage === 'partial')) continue;
      const next = candidate(target, coverage);
      if (next) byCommune.set(target, next);
    }
  }
  return [...byCommune.values()];
}

/**
 * Maps a pre-2025 address (province / district / ward) to the 2025 province and commune it is now in,
 * using the dvhcvn mapping. `exact`: one commune. `ambiguous`: the old ward was split among several
 * communes (`reason: 'ward-split'`, each candidate `partial`), or several old wards of the province
 * have that name (`'ward-name-ambiguous'`; the source data has no old districts to tell them apart,
 * so pass the ward code when you have it). `not-found`: see `reason`. Never throws.
 * @example
 * mapOldAddress({ province: 'Hà Giang', ward: 'Phường Trần Phú' })
 * // { status: 'exact', candidates: [{ province: { code: '08', ... }, commune: { code: '00691', ... }, coverage: 'full' }] }
 */
export function mapOldAddress(input: OldAddressInput): OldAddressMatch {
  const provinceText = part(input, 'province');
  const districtText = part(input, 'district');
  const wardText = part(input, 'ward');
  if (provinceText === '') return notFound('missing-province');
  const province = resolveOldProvince(provinceText);
  if (!province) return notFound('province-not-found');

  const district = districtText === '' ? undefined : resolveOldDistrict(districtText, province.code);
  if (district) {
    const found = candidate(district.target, 'full');
    return found ? result('exact', [found]) : notFound('ward-unmapped');
  }
  if (wardText === '') return notFound('missing-ward');

  const { wards, typeDiffers } = resolveOldWards(wardText, province.code);
  if (wards.length === 0) return notFound('ward-not-found');
  if (wards.some((ward) => ward.oldProvinceCode !== province.code)) return notFound('ward-in-other-province');

  const candidates = candidatesOf(wards);
  if (candidates.length === 0) return notFound('ward-unmapped');
  if (candidates.length === 1)
    return result('exact', candidates, typeDiffers ? 'ward-type-differs' : undefined);
  return result('ambiguous', candidates, wards.length > 1 ? 'ward-name-ambiguous' : 'ward-split');
}
