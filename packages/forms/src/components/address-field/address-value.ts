/** The value of `<dvc-address-field>`: codes of the 2025 units and the detail line, by role. */
export interface AddressValue {
  /** The 2-digit province code. */
  province?: string;
  /** The 5-digit commune code. */
  commune?: string;
  /** House number, street, hamlet. */
  detail?: string;
  /**
   * A pre-2025 district code, when a prefilled three-level address carries one: the field maps such
   * an address to the 2025 units and then leaves it out.
   */
  district?: string;
}

/** The roles of an address's parts. */
export type AddressRole = keyof AddressValue;

/** Every role, in display order. */
export const ADDRESS_ROLES: readonly AddressRole[] = ['province', 'commune', 'detail', 'district'];

/** `value` without its empty parts; `undefined` when nothing is left. */
export function compactAddress(value: AddressValue): AddressValue {
  const out: AddressValue = {};
  for (const role of ADDRESS_ROLES) {
    const part = value[role];
    if (typeof part === 'string' && part !== '') out[role] = part;
  }
  return out;
}
