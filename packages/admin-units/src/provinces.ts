import type { Province } from './types.js';
import { PROVINCE_BY_CODE, PROVINCES } from './internal/units.js';

/**
 * The 34 provinces and centrally-run cities since 1 July 2025, in code order. Frozen.
 * @example provinces.length // 34
 */
export const provinces: readonly Province[] = PROVINCES;

/**
 * The province with this 2-digit code, or `undefined`. Codes are the 2025 ones: pre-2025 codes such as
 * `"02"` (Hà Giang) are not provinces any more (see `@dvc-kit/admin-units/legacy`).
 * @example getProvince('79')?.name // "Thành phố Hồ Chí Minh"
 */
export function getProvince(code: string): Province | undefined {
  return typeof code === 'string' ? PROVINCE_BY_CODE.get(code) : undefined;
}

/**
 * Whether `code` is exactly the 2-digit code of a 2025 province (no trimming, no padding).
 * @example isProvinceCode('01') // true; isProvinceCode('02') // false
 */
export function isProvinceCode(code: string): boolean {
  return getProvince(code) !== undefined;
}
