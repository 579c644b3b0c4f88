/**
 * `multipleOf` arithmetic, apart from the keyword so precompiled validators (`../runtime.ts`) ship
 * it without the compiler's keyword code.
 */

/** True when `v` is a multiple of `m`, tolerating binary floating-point error. */
export function isMultipleOf(v: number, m: number): boolean {
  if (Number.isInteger(m) && Number.isInteger(v)) return v % m === 0;
  const q = v / m;
  // 1e308 / 0.5 overflows; an integer is still a multiple of any 1/n.
  if (!Number.isFinite(q)) return Number.isInteger(v) && Number.isInteger(1 / m);
  if (Number.isInteger(q)) return true;
  return Math.abs(q - Math.round(q)) <= Number.EPSILON * Math.max(1, Math.abs(q)) * 4;
}
