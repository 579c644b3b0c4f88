// @ts-check
/** The rendering part of the report: tables, charts and flags from the samples. */
import { FORM_DESCRIPTION } from './generate.mjs';
import { RENDERERS, RENDERER_NAMES } from './pages.mjs';
import { kB } from '../bundle.mjs';
import { barChart } from '../svg.mjs';
import { median, quantile, spread } from '../stats.mjs';
import { KEY_BUDGET_MS, MIN_KEYS } from './measure.mjs';
import { RENDER_TARGETS, mark } from '../targets.mjs';

/** @typedef {import('./measure.mjs').RenderSample} RenderSample */
/** @typedef {import('../targets.mjs').Flag} Flag */
/** @typedef {import('../stats.mjs').Spread} Spread */

const MiB = 2 ** 20;
/** A name for a markdown table: a custom element's tag in code, so it is shown, not parsed. */
const md = (/** @type {string} */ name) => name.replace(/<[a-z-]+>/g, (tag) => `\`${tag}\``);
const ms = (/** @type {number} */ v) =>
  Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)}` : 'n/a';
const range = (/** @type {Spread} */ s, /** @type {(v: number) => string} */ f) =>
  s.n > 1 ? ` <sub>${f(s.min)}–${f(s.max)}</sub>` : '';
const ratio = (/** @type {number} */ a, /** @type {number} */ b) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : Number.NaN;

/**
 * The median over the runs of `value(renderer's sample) ÷ value(floor's sample)` of the same run
 * (size, throttle and repetition): each ratio is taken side by side, so load that drifts between
 * runs cancels out. NaN when no run has both.
 * @param {RenderSample[]} samples @param {string} x @param {number} n @param {number} t
 * @param {(s: RenderSample) => number} value
 */
export function runRatio(samples, x, n, t, value) {
  const same = (/** @type {RenderSample} */ s) => s.n === n && s.throttle === t;
  const floors = new Map(
    samples.filter((s) => s.renderer === 'floor' && same(s)).map((s) => [s.run, value(s)]),
  );
  return median(
    samples
      .filter((s) => s.renderer === x && same(s))
      .map((s) => ratio(value(s), floors.get(s.run) ?? Number.NaN))
      .filter((q) => Number.isFinite(q)),
  );
}

/**
 * Per (renderer, size, throttle): spreads over the runs of first render, heap, and each run's
 * keystroke p50 / p95 near the top and the bottom.
 * @param {RenderSample[]} samples
 */
export function summarize(samples) {
  /** @type {Map<string, Record<string, Spread>>} */
  const out = new Map();
  const keyOf = (/** @type {string} */ r, /** @type {number} */ n, /** @type {number} */ t) =>
    `${r}|${n}|${t}`;
  const groups = new Map();
  for (const s of samples) {
    const k = keyOf(s.renderer, s.n, s.throttle);
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  for (const [k, list] of groups) {
    const l = /** @type {RenderSample[]} */ (list);
    out.set(k, {
      first: spread(l.map((s) => s.firstRenderMs)),
      heap: spread(l.map((s) => s.heapBytes / MiB)),
      topP50: spread(l.map((s) => quantile(s.keys.top, 0.5))),
      topP95: spread(l.map((s) => quantile(s.keys.top, 0.95))),
      bottomP50: spread(l.map((s) => quantile(s.keys.bottom, 0.5))),
      bottomP95: spread(l.map((s) => quantile(s.keys.bottom, 0.95))),
    });
  }
  return {
    get: (/** @type {string} */ r, /** @type {number} */ n, /** @type {number} */ t) =>
      out.get(keyOf(r, n, t)),
    all: out,
  };
}

/**
 * @param {{ samples: RenderSample[], inputs: Record<string, Record<number, number>>, sizes: number[],
 *   throttles: number[], runs: number, keys: number, pageSizes: import('../bundle.mjs').BundleSize[] }} r
 * @returns {{ markdown: string, charts: Record<string, string>, flags: Flag[] }}
 */
export function renderSection(r) {
  const sum = summarize(r.samples);
  /** @type {Flag[]} */
  const flags = [];
  /** @type {Record<string, string>} */
  const charts = {};
  const lines = [];
  const T = RENDER_TARGETS;

  // The summary lists the flags at the targets' size, or at the largest size measured without it.
  const flagged = r.sizes.includes(T.fields) ? T.fields : Math.max(...r.sizes);
  /** A flag for `<dvc-form>` at `n` (listed in the summary only at one size, `flagged`). */
  const check = (
    /** @type {number} */ n,
    /** @type {string} */ target,
    /** @type {string} */ measured,
    /** @type {boolean} */ pass,
  ) => {
    if (n === flagged) flags.push({ part: 'render', target, measured, pass });
    return pass;
  };

  // First render.
  lines.push(
    '### First render',
    '',
    'Milliseconds from the mount call to just after the first frame painted with every input;',
    'median of the runs, <sub>min–max</sub> below it, and the ratio to the floor (the median over the runs',
    'of each run’s ratio to the floor measured beside it).',
    '',
  );
  lines.push(
    `| fields | CPU | ${RENDERERS.map((x) => md(RENDERER_NAMES[x])).join(' | ')} |`,
    `|---:|---:|${RENDERERS.map(() => '---:').join('|')}|`,
  );
  for (const n of r.sizes)
    for (const t of r.throttles) {
      const cells = RENDERERS.map((x) => {
        const s = sum.get(x, n, t)?.first;
        if (s === undefined) return 'n/a';
        const q = runRatio(r.samples, x, n, t, (v) => v.firstRenderMs);
        const miss =
          x === 'dvc-form' &&
          !check(
            n,
            `\`<dvc-form>\` first render at ${n} fields, ${t}× CPU ≤ ${T.firstRenderRatio}× the floor`,
            `${q.toFixed(2)}×`,
            q <= T.firstRenderRatio,
          );
        return `${ms(s.median)} ms (${q.toFixed(2)}×)${mark(!miss)}${range(s, ms)}`;
      });
      lines.push(`| ${n} | ${t}× | ${cells.join(' | ')} |`);
    }
  lines.push('');
  for (const t of r.throttles) {
    const name = `render-first-${t}x`;
    charts[name] = barChart({
      title: `First render, ${t}× CPU (ms, median; whiskers: min–max)`,
      unit: 'ms',
      format: ms,
      groups: r.sizes.map((n) => ({
        label: `${n} fields`,
        bars: RENDERERS.map((x, i) => {
          const s = sum.get(x, n, t)?.first;
          const q = runRatio(r.samples, x, n, t, (v) => v.firstRenderMs);
          return {
            label: RENDERER_NAMES[x],
            value: s?.median ?? NaN,
            min: s?.min,
            max: s?.max,
            series: i,
            miss: x === 'dvc-form' && q > T.firstRenderRatio,
          };
        }),
      })),
    });
    lines.push(`![First render at ${t}× CPU](benchmarks/${name}.svg)`, '');
  }

  // Keystrokes.
  lines.push(
    '### Keystroke to next paint',
    '',
    `Milliseconds from a keydown's timestamp to just after the next frame painted, ${r.keys} keys per run (fewer, at least ${Math.min(MIN_KEYS, r.keys)}, when a field takes over ${KEY_BUDGET_MS / 1000} s) into the`,
    'first text input (top) and the last (bottom), one key each 40 ms after the last one’s frame; each cell is p50 / p95 of one run, median over the runs',
    '(<sub>min–max of the p95</sub>), and the p95 ratio to the floor (median over the runs of each run’s ratio).',
    '',
  );
  lines.push(
    `| fields | CPU | where | ${RENDERERS.map((x) => md(RENDERER_NAMES[x])).join(' | ')} |`,
    `|---:|---:|---|${RENDERERS.map(() => '---:').join('|')}|`,
  );
  for (const n of r.sizes)
    for (const t of r.throttles)
      for (const where of /** @type {const} */ (['top', 'bottom'])) {
        const p95Of = (/** @type {RenderSample} */ v) => quantile(v.keys[where], 0.95);
        const cells = RENDERERS.map((x) => {
          const s = sum.get(x, n, t);
          if (s === undefined) return 'n/a';
          const p95 = /** @type {Spread} */ (s[`${where}P95`]);
          const p50 = /** @type {Spread} */ (s[`${where}P50`]);
          const q = runRatio(r.samples, x, n, t, p95Of);
          const miss =
            x === 'dvc-form' &&
            !check(
              n,
              `\`<dvc-form>\` keystroke p95 (${where}) at ${n} fields, ${t}× CPU ≤ ${T.keyP95Ratio}× the floor`,
              `${q.toFixed(2)}×`,
              q <= T.keyP95Ratio,
            );
          return `${ms(p50.median)} / ${ms(p95.median)} (${q.toFixed(2)}×)${mark(!miss)}${range(p95, ms)}`;
        });
        lines.push(`| ${n} | ${t}× | ${where} | ${cells.join(' | ')} |`);
      }
  lines.push('');
  for (const t of r.throttles) {
    const name = `render-keys-${t}x`;
    charts[name] = barChart({
      title: `Keystroke to next paint, p95, ${t}× CPU (ms, median of runs; whiskers: min–max)`,
      unit: 'ms',
      format: ms,
      groups: r.sizes.flatMap((n) =>
        /** @type {const} */ (['top', 'bottom']).map((where) => ({
          label: `${n} fields, ${where}`,
          bars: RENDERERS.map((x, i) => {
            const s = sum.get(x, n, t)?.[`${where}P95`];
            const q = runRatio(r.samples, x, n, t, (v) => quantile(v.keys[where], 0.95));
            return {
              label: RENDERER_NAMES[x],
              value: s?.median ?? NaN,
              min: s?.min,
              max: s?.max,
              series: i,
              miss: x === 'dvc-form' && q > T.keyP95Ratio,
            };
          }),
        })),
      ),
    });
    lines.push(`![Keystroke p95 at ${t}× CPU](benchmarks/${name}.svg)`, '');
  }

  // Heap.
  lines.push(
    '### JS heap after render',
    '',
    'MiB used on the JS heap (`Runtime.getHeapUsage`) after the form has rendered, the page has gone idle (`requestIdleCallback` with 40 ms or more to spare) and',
    '`HeapProfiler.collectGarbage` has run; median over every run at every CPU rate <sub>min–max</sub>.',
    '',
  );
  lines.push(
    `| fields | ${RENDERERS.map((x) => md(RENDERER_NAMES[x])).join(' | ')} |`,
    `|---:|${RENDERERS.map(() => '---:').join('|')}|`,
  );
  const heapOf = (/** @type {string} */ x, /** @type {number} */ n) =>
    spread(r.samples.filter((s) => s.renderer === x && s.n === n).map((s) => s.heapBytes / MiB));
  for (const n of r.sizes) {
    const cells = RENDERERS.map((x) => {
      const s = heapOf(x, n);
      if (s.n === 0) return 'n/a';
      const miss =
        x === 'dvc-form' &&
        !check(
          n,
          `\`<dvc-form>\` JS heap after render at ${n} fields ≤ ${T.heapMiB} MiB`,
          `${s.median.toFixed(1)} MiB`,
          s.median <= T.heapMiB,
        );
      return `${s.median.toFixed(1)} MiB${mark(!miss)}${range(s, (v) => v.toFixed(1))}`;
    });
    lines.push(`| ${n} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  charts['render-heap'] = barChart({
    title: 'JS heap after render and a forced GC (MiB, median; whiskers: min–max)',
    unit: 'MiB',
    groups: r.sizes.map((n) => ({
      label: `${n} fields`,
      bars: RENDERERS.map((x, i) => {
        const s = heapOf(x, n);
        return {
          label: RENDERER_NAMES[x],
          value: s.median,
          min: s.min,
          max: s.max,
          series: i,
          miss: x === 'dvc-form' && s.median > T.heapMiB,
        };
      }),
    })),
  });
  lines.push('![JS heap after render](benchmarks/render-heap.svg)', '');

  // What each page is.
  lines.push(
    '### The pages',
    '',
    'Inputs each renderer draws (counted through shadow roots once it has settled; first render waits',
    'for that many), and the JS each page loads (the shared bundler config, min+gzip, kB = 1024 B).',
    '',
  );
  lines.push(
    `| | ${RENDERERS.map((x) => md(RENDERER_NAMES[x])).join(' | ')} |`,
    `|---|${RENDERERS.map(() => '---:').join('|')}|`,
  );
  for (const n of r.sizes)
    lines.push(`| inputs at ${n} fields | ${RENDERERS.map((x) => r.inputs[x]?.[n] ?? 'n/a').join(' | ')} |`);
  lines.push(
    `| page JS, min+gzip, up front | ${RENDERERS.map((x) => {
      const s = r.pageSizes.find((p) => p.name === x);
      return s ? kB(s.gzip) : 'n/a';
    }).join(' | ')} |`,
    `| page JS, with lazy chunks | ${RENDERERS.map((x) => {
      const s = r.pageSizes.find((p) => p.name === x);
      return s ? kB(s.allGzip) : 'n/a';
    }).join(' | ')} |`,
    '',
  );

  const intro = [
    '## Rendering in Chromium',
    '',
    `The same generated forms of ${r.sizes.join(', ')} fields drawn by a plain-DOM floor page, RJSF,`,
    'JSON Forms and `<dvc-form>`, each page built alone with the shared bundler config and served from',
    '127.0.0.1. Playwright drives Debian’s Chromium (headless, `--disable-gpu`); each sample is a fresh',
    `browser context; the CPU is throttled through \`Emulation.setCPUThrottlingRate\` (${r.throttles.map((t) => `${t}×`).join(', ')}) after the page has`,
    `loaded and before the mount. ${r.runs} run(s) per cell, the renderers interleaved within each run (the order rotating from run to run).`,
    `Each form has ${FORM_DESCRIPTION} Source: \`packages/bench/src/render/\`.`,
    '',
    'How: the page calls the library (`createRoot().render`, `definition` set on a new `<dvc-form>`, plain',
    'DOM calls) and waits, frame by frame (`requestAnimationFrame`, then a `MessageChannel` message, which',
    'runs after that frame is painted), until a frame holds as many inputs as the library draws once',
    'settled (counted through shadow roots in the frame’s `requestAnimationFrame` callback, so inputs added',
    'after the paint do not count; the counting’s own time is subtracted). A keystroke is timed from its `keydown` event’s timestamp (a',
    'capturing listener on `document`) to just after the next painted frame, the same way.',
    `Targets (issue 16, for \`<dvc-form>\` at ${T.fields.toLocaleString('en-US')} fields, ratios to the floor in the same run): first render ≤ ${T.firstRenderRatio}×, keystroke p95`,
    `≤ ${T.keyP95Ratio}×, heap ≤ ${T.heapMiB} MiB; a cell marked ⚠️ **MISS** misses it (the same ratios are flagged at the other sizes too).`,
    '',
  ];
  return { markdown: [...intro, ...lines].join('\n'), charts, flags };
}
