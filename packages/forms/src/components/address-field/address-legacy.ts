/**
 * A prefilled pre-2025 address, mapped to the 2025 units with `@dvc-kit/admin-units/legacy` (imported
 * only when such an address appears: its data is the largest of all).
 */
import type { AddressValue } from './address-value.js';
import type { UnitSource } from './address-units.js';

/** One 2025 unit the old address may now be in. */
export interface LegacyCandidate {
  province: string;
  commune: string;
  /** `Phường Hoàn Kiếm, Thành phố Hà Nội`. */
  label: string;
}

/** What became of an old address: one commune, several to choose from, or none. */
export interface LegacyMapping {
  status: 'exact' | 'ambiguous' | 'not-found';
  candidates: LegacyCandidate[];
  /** The old province's name (`Tỉnh Hà Giang`), or its code when unknown. */
  oldProvince: string;
}

/**
 * Whether `value` is not a 2025 address: it names an old district, or its province is not one of the
 * 34, or its commune is not a commune of that province.
 */
export async function isLegacyAddress(value: AddressValue, units: UnitSource): Promise<boolean> {
  if ((value.district ?? '') !== '') return true;
  const { province = '', commune = '' } = value;
  if (province === '') return false;
  const provinces = await units.provinces();
  if (!provinces.some((p) => p.code === province)) return true;
  if (commune === '') return false;
  return !(await units.communes(province)).some((c) => c.code === commune);
}

/** Maps an old address (province, district, ward in `commune`) to its 2025 units. */
export async function mapLegacyAddress(value: AddressValue): Promise<LegacyMapping> {
  const { mapOldAddress, getOldProvince } = await import('@dvc-kit/admin-units/legacy');
  const province = value.province ?? '';
  const match = mapOldAddress({ province, district: value.district, ward: value.commune ?? '' });
  return {
    status: match.status,
    candidates: match.candidates.map((c) => ({
      province: c.province.code,
      commune: c.commune.code,
      label: `${c.commune.name}, ${c.province.name}`,
    })),
    oldProvince: getOldProvince(province)?.name ?? province,
  };
}
