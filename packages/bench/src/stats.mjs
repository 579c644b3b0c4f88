// @ts-check
/** Small statistics for the report: quantiles and the min / median / max spread. */

/** @param {readonly number[]} xs @param {number} q in [0, 1] (nearest rank) */
export function quantile(xs, q) {
  const sorted = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** @typedef {{ min: number, median: number, max: number, n: number }} Spread */

/** The median (the mean of the middle two for an even count). @param {readonly number[]} xs */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

/** @param {readonly number[]} xs @returns {Spread} */
export function spread(xs) {
  const ok = xs.filter((x) => Number.isFinite(x));
  return {
    min: ok.length ? Math.min(...ok) : Number.NaN,
    median: median(ok),
    max: ok.length ? Math.max(...ok) : Number.NaN,
    n: ok.length,
  };
}
