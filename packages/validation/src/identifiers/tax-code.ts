/**
 * Vietnamese tax codes (mã số thuế, MST): 10 digits for an enterprise or an individual, or 13 digits
 * (`XXXXXXXXXX-XXX`) for a dependent unit or branch.
 *
 * The tenth digit is a check digit: d10 = 10 - (Σ wᵢ·dᵢ mod 11) with weights 31, 29, 23, 19, 17, 13,
 * 7, 5, 3; a remainder of 0 (which would give 10) makes the code invalid. Digits 3-9 are not all
 * zero and a branch suffix is never `000`.
 */

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** A tax code in canonical form: `0100109106` or `0100109106-001`. */
export interface ParsedTaxCode {
  /** The canonical form, as shown on documents. */
  canonical: string;
  /** The 10-digit code of the enterprise (or individual) itself. */
  base: string;
  /** The 3-digit branch suffix, when the code belongs to a branch or dependent unit. */
  branch?: string;
}

/** The check digit the first nine digits call for, or `undefined` when no digit can satisfy it. */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += (WEIGHTS[i] ?? 0) * Number(firstNine[i]);
  const remainder = sum % 11;
  return remainder === 0 ? undefined : 10 - remainder;
}

/**
 * Parses a tax code written with or without separators (`-`, `.`, spaces).
 * @returns the parsed code, or `undefined` when it is not a valid tax code.
 */
export function parseTaxCode(input: string): ParsedTaxCode | undefined {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{10}(\d{3})?$/.test(digits)) return undefined;
  const base = digits.slice(0, 10);
  if (/^0{7}$/.test(base.slice(2, 9))) return undefined;
  if (taxCodeCheckDigit(base) !== Number(base[9])) return undefined;
  if (digits.length === 10) return { canonical: base, base };
  const branch = digits.slice(10);
  if (branch === '000') return undefined;
  return { canonical: `${base}-${branch}`, base, branch };
}

/** Whether `input` is a valid tax code (separators allowed). */
export function isTaxCode(input: string): boolean {
  return parseTaxCode(input) !== undefined;
}
