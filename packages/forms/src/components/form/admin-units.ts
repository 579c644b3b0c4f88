/** An administrative unit offered by a province or commune field. */
export interface AdminUnitOption {
  /** The 2025 code: 2 digits for a province, 5 for a commune. */
  code: string;
  /** The name shown, e.g. `Hà Nội`, `Phường Ba Đình`. */
  name: string;
}

/**
 * Where `<dvc-form>` gets the choices of its province and commune fields (`adminUnits`). The sdk's
 * client satisfies it structurally; without one, those fields are text fields checked as codes.
 */
export interface AdminUnitsProvider {
  /** The 34 provinces. */
  provinces(): Promise<readonly AdminUnitOption[]>;
  /** The communes of a province. */
  communes(provinceCode: string): Promise<readonly AdminUnitOption[]>;
}
