/**
 * @dvc-kit/admin-units/legacy: the units before 1 July 2025 (63 provinces, about 10,000 wards) and the
 * mapping of a pre-2025 address to its 2025 province and commune. A separate entry because its data
 * is larger than the 2025 list.
 */
export type {
  OldAddressCandidate,
  OldAddressCoverage,
  OldAddressInput,
  OldAddressMatch,
  OldAddressReason,
  OldAddressStatus,
  OldProvince,
} from './legacy/types.js';
export { getOldProvince, oldProvinces } from './legacy/old-provinces.js';
export { mapOldAddress } from './legacy/map-old-address.js';
