/**
 * The contract between `format` keywords and the checks behind them. The compiler's format table
 * maps a format name (`date`, `email`, `vn-personal-id`, ...) to one `FormatCheck`.
 */

/** What a format check answers: valid, or invalid with a stable reason and message parameters. */
export type FormatResult = { ok: true } | { ok: false; reason?: string; params?: Record<string, unknown> };

/**
 * Lookups into the 2025 administrative units. `@dvc-kit/admin-units` exports an object of this shape
 * (`adminUnitLookup`); pass it in the compile options to check codes against the real list. Without
 * it, province and commune codes are checked by pattern only.
 */
export interface AdminUnitLookup {
  isProvinceCode(code: string): boolean;
  isCommuneCode(code: string): boolean;
  /** The 2-digit province code a commune belongs to. */
  provinceOfCommune(code: string): string | undefined;
  /**
   * The commune's own 5-digit postal code (Quyết định 2334/QĐ-BKHCN), when the lookup knows it.
   * Optional: without it, a postal code is checked against the commune's province only.
   */
  postalCodeOfCommune?(code: string): string | undefined;
}

/** What a format check may consult besides the value. */
export interface FormatContext {
  adminUnits?: AdminUnitLookup | undefined;
  /** "Today", for checks such as "a birth year is not in the future". Defaults to the current date. */
  now?: Date | undefined;
}

export type FormatCheck = (value: string, context: FormatContext) => FormatResult;
