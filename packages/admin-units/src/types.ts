/** The two kinds of province-level unit: a province (tỉnh) or a centrally-run city (thành phố). */
export type ProvinceKind = 'province' | 'city';

/** The three kinds of commune-level unit: xã (rural), phường (urban ward), đặc khu (special zone). */
export type CommuneKind = 'xa' | 'phuong' | 'dac-khu';

/** A province-level unit since 1 July 2025 (one of 34). */
export interface Province {
  /** 2 digits, e.g. `"01"` (Decision 19/2025/QĐ-TTg, Công văn 915/CTK-CSCL). */
  readonly code: string;
  /** Official name with its type word, e.g. `"Thành phố Hà Nội"`, `"Tỉnh Cao Bằng"`. */
  readonly name: string;
  /** The name without its type word, e.g. `"Hà Nội"`. */
  readonly shortName: string;
  readonly kind: ProvinceKind;
}

/** A commune-level unit since 1 July 2025 (one of 3,321). */
export interface Commune {
  /** 5 digits, e.g. `"00070"` (Công văn 1027/CTK-CSCL). */
  readonly code: string;
  /** Official name with its type word, e.g. `"Phường Hoàn Kiếm"`. */
  readonly name: string;
  /** The name without its type word, e.g. `"Hoàn Kiếm"`. */
  readonly shortName: string;
  readonly kind: CommuneKind;
  /** The 2-digit code of the province it belongs to. */
  readonly provinceCode: string;
}
