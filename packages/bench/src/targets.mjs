// @ts-check
/**
 * The targets a result is held to (issue 16: rendering and the forms bundle; issue 18: validation,
 * whose targets the validation bench checks itself; the sdk's own "well under a millisecond").
 * A result that misses one is flagged where it is shown and listed in the summary.
 */

export const RENDER_TARGETS = {
  /** `<dvc-form>` first render ÷ the floor's, at 1× and at 4× throttle. */
  firstRenderRatio: 1.3,
  /** `<dvc-form>` keystroke-to-paint p95 ÷ the floor's. */
  keyP95Ratio: 1.0,
  /** `<dvc-form>` JS heap after render and a forced GC, in MiB. */
  heapMiB: 5,
  /** The size the targets are set at. */
  fields: 1000,
};

/** The forms single-file bundle, min+gzip, in bytes (kB = 1024 B, as bundle-size.test.ts). */
export const FORMS_BUNDLE_TARGET = 45 * 1024;

/** The sdk's overhead per request, median, in µs. */
export const SDK_OVERHEAD_TARGET_US = 1000;

/**
 * @typedef {{ part: string, target: string, measured: string, pass: boolean }} Flag
 */

/** The markdown mark of a result against its target. @param {boolean} pass */
export const mark = (pass) => (pass ? '' : ' ⚠️ **MISS**');

/**
 * The `**MISS**`/`**PASS**` rows of a sub-bench's markdown targets tables, as flags.
 * @param {string} part @param {string} markdown @returns {Flag[]}
 */
export function flagsFromMarkdown(part, markdown) {
  /** @type {Flag[]} */
  const flags = [];
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*\*\*(PASS|MISS)\*\*\s*\|\s*$/.exec(line);
    if (m) flags.push({ part, target: m[1] ?? '', measured: m[2] ?? '', pass: m[3] === 'PASS' });
  }
  return flags;
}
