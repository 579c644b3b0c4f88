import type { OldProvince } from './types.js';
import { OLD_PROVINCE_BY_CODE, OLD_PROVINCES } from '../internal/legacy/old-units.js';

/**
 * The 63 provinces and centrally-run cities before 1 July 2025, in code order, each with the 2025
 * province it became part of. Use these codes to read the first digits of a personal identification
 * number (CCCD), which keep the pre-2025 codes. Frozen.
 * @example oldProvinces.find((p) => p.code === '02')?.newProvinceCode // "08" (Hà Giang -> Tuyên Quang)
 */
export const oldProvinces: readonly OldProvince[] = OLD_PROVINCES;

/**
 * The pre-2025 province with this 2-digit code, or `undefined`. Beware: codes such as `"80"` meant
 * another province before 2025 (Long An) than after (Tây Ninh).
 * @example getOldProvince('80')?.name // "Tỉnh Long An"
 */
export function getOldProvince(code: string): OldProvince | undefined {
  return typeof code === 'string' ? OLD_PROVINCE_BY_CODE.get(code) : undefined;
}
