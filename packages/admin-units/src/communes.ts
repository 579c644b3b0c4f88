import type { Commune } from './types.js';
import { communeTables } from './internal/units.js';

const NONE: readonly Commune[] = Object.freeze([]);

/**
 * The commune with this 5-digit code, or `undefined`.
 * @example getCommune('00070')?.name // "Phường Hoàn Kiếm"
 */
export function getCommune(code: string): Commune | undefined {
  return typeof code === 'string' ? communeTables().byCode.get(code) : undefined;
}

/**
 * The communes of a province, in the order of the official list (Công văn 1027/CTK-CSCL: usually
 * phường first); an empty array for an unknown code. Frozen.
 * @example communesOf('01').length // 126
 */
export function communesOf(provinceCode: string): readonly Commune[] {
  if (typeof provinceCode !== 'string') return NONE;
  return communeTables().byProvince.get(provinceCode) ?? NONE;
}

/**
 * Whether `code` is exactly the 5-digit code of a 2025 commune (no trimming, no padding).
 * @example isCommuneCode('00070') // true
 */
export function isCommuneCode(code: string): boolean {
  return getCommune(code) !== undefined;
}
