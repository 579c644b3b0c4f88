import type { Commune, Province, ProvinceKind } from '../types.js';

/** A province-level unit as it was before 1 July 2025 (one of 63). */
export interface OldProvince {
  /** 2 digits. Pre-2025 codes overlap with 2025 codes with other meanings (15, 24, 44, 52, 80, 82, 91). */
  readonly code: string;
  /** Official name with its type word, e.g. `"Tỉnh Hà Giang"`. */
  readonly name: string;
  /** The name without its type word, e.g. `"Hà Giang"`. */
  readonly shortName: string;
  readonly kind: ProvinceKind;
  /** The 2025 province it became part of. */
  readonly newProvinceCode: string;
}

/**
 * A pre-2025 address. Each part is a code (old province: 2 digits; old ward: 5 digits; old district:
 * 3 digits) or a name, with or without its type word ("Tỉnh", "Quận", "Phường", "TP.", "P." ...),
 * compared without case or diacritics.
 */
export interface OldAddressInput {
  province: string;
  /**
   * The old district (quận/huyện/thị xã). The source data does not say which district each old ward
   * was in, so this only matters for the island districts that had no wards (Côn Đảo, Lý Sơn,
   * Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa); elsewhere it is ignored.
   */
  district?: string | undefined;
  /** The old ward (xã/phường/thị trấn); may be empty only with an island district. */
  ward: string;
}

/** How much of the old ward went into the candidate commune: all of it, or part of it (a split). */
export type OldAddressCoverage = 'full' | 'partial';

/** One 2025 unit an old address may now be in. */
export interface OldAddressCandidate {
  readonly province: Province;
  readonly commune: Commune;
  readonly coverage: OldAddressCoverage;
}

/** `exact`: one 2025 commune; `ambiguous`: several (a split, or several old wards of that name). */
export type OldAddressStatus = 'exact' | 'ambiguous' | 'not-found';

/** Why a mapping is not simply exact. Stable codes, for messages in any language. */
export type OldAddressReason =
  | 'missing-province'
  | 'missing-ward'
  | 'province-not-found'
  | 'ward-not-found'
  | 'ward-in-other-province'
  | 'ward-unmapped'
  | 'ward-type-differs'
  | 'ward-split'
  | 'ward-name-ambiguous';

/** The answer of `mapOldAddress`. Candidates are ordered by old ward code, then as the source lists them. */
export interface OldAddressMatch {
  readonly status: OldAddressStatus;
  readonly candidates: readonly OldAddressCandidate[];
  readonly reason?: OldAddressReason;
}
