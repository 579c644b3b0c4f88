/** An administrative unit offered by a province or commune field. */
export interface AdminUnitOption {
  /** The 2025 code: 2 digits for a province, 5 for a commune. */
  code: string;
  /** The name shown, e.g. `Hà Nội`, `Phường Ba Đình`. */
  name: string;
}

/**
 * A list of units: an array (or a promise of one), or an async iterable such as the sdk's
 * paginated lists, which the form reads to the end.
 */
export type AdminUnitList =
  readonly AdminUnitOption[] | PromiseLike<readonly AdminUnitOption[]> | AsyncIterable<AdminUnitOption>;

/**
 * Where `<dvc-form>` gets the choices of its province and commune fields (`adminUnits`). The sdk's
 * `client.adminUnits` satisfies it as it is (its lists are async iterables); without one, those
 * fields are text fields checked as codes.
 */
export interface AdminUnitsProvider {
  /** The 34 provinces. */
  provinces(): AdminUnitList;
  /** The communes of a province. */
  communes(provinceCode: string): AdminUnitList;
}
