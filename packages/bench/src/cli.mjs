#!/usr/bin/env node
// @ts-check
/**
 * `corepack pnpm bench [--quick] [--only render,size,validation,sdk] [--runs N] [--sizes 50,300]
 * [--throttles 1,4] [--keys N]`:
 * measures and rewrites docs/benchmarks.md, its charts (docs/benchmarks/*.svg) and raw results
 * (docs/benchmarks/*.json). Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machine, versions } from './machine.mjs';
import { PARTS, composePage } from './page.mjs';
import { sdkPart, validationPart } from './parts.mjs';
import { measureRendering } from './render/measure.mjs';
import { buildPages } from './render/pages.mjs';
import { renderSection } from './render/report.mjs';
import { serve } from './render/serve.mjs';
import { measureSizes } from './size/measure.mjs';
import { sizeSection } from './size/report.mjs';
import { runSubBench } from './subbench.mjs';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    keys: { type: 'string' },
    'from-json': { type: 'boolean', default: false },
    throttles: { type: 'string' },
  },
});
const only = values.only === undefined ? [...PARTS] : values.only.split(',').map((s) => s.trim());
for (const p of only)
  if (!PARTS.includes(/** @type {any} */ (p)))
    throw new Error(`--only: ${p} is not one of ${PARTS.join(', ')}`);
const quick = values.quick ?? false;
const options = {
  sizes: values.sizes?.split(',').map(Number) ?? (quick ? [50] : [50, 300, 1000]),
  throttles: values.throttles?.split(',').map(Number) ?? [1, 4],
  runs: Number(values.runs ?? (quick ? 1 : 3)),
  keys: Number(values.keys ?? (quick ? 3 : 12)),
};

const root = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');
const cache = join(root, 'packages/bench/node_modules/.cache/dvc-kit-bench');
const docs = join(root, 'docs');
const jsonDir = join(docs, 'benchmarks');
const log = (/** @type {string} */ s) => void process.stdout.write(`${s}\n`);
mkdirSync(jsonDir, { recursive: true });

const startMachine = machine();
log(`Machine: ${startMachine.cpu}, ${startMachine.cores} cores, load ${startMachine.load.join(' ')}`);

// The render pages and the size entries use our packages as built (`dist`, `dist/cdn`): build them
// when missing or older than a source file, so a run never measures a stale build.
/** The newest modification time of the files under `dir` (0 when there is none). @param {string} dir @returns {number} */
const newest = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).reduce(
        (t, e) =>
          Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
        0,
      )
    : 0;
const BUILT = {
  forms: ['packages/forms/dist/index.js', 'packages/forms/dist/cdn/dvc-forms.js'],
  sdk: ['packages/sdk/dist/index.js'],
  // What they use from the workspace.
  validation: ['packages/validation/dist/index.js'],
  'admin-units': ['packages/admin-units/dist/index.js'],
  procedures: ['packages/procedures/dist/index.js'],
  contract: ['packages/contract/dist/index.js'],
};
const stale = Object.entries(BUILT).filter(([pkg, files]) => {
  const source = newest(join(root, 'packages', pkg, 'src'));
  return files.some((f) => !existsSync(join(root, f)) || statSync(join(root, f)).mtimeMs < source);
});
if (!values['from-json'] && (only.includes('render') || only.includes('size')) && stale.length > 0) {
  log(
    `Building @dvc-kit/forms and @dvc-kit/sdk (and what they use): ${stale.map(([p]) => p).join(', ')} not built or older than its sources`,
  );
  const r = spawnSync(
    'corepack',
    ['pnpm', '--filter', '@dvc-kit/forms...', '--filter', '@dvc-kit/sdk...', 'run', 'build'],
    { cwd: root, stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('build failed');
}

/** @type {Partial<Record<(typeof PARTS)[number], string>>} */
const fresh = {};
/** @type {Record<string, string>} */
const charts = {};
const common = { machine: startMachine, options: { quick, ...options } };
/** @param {string} part @param {string} load @param {{ markdown: string, charts: Record<string, string>, flags: unknown[] }} r @param {unknown} raw */
const keep = (part, load, r, raw) => {
  fresh[/** @type {(typeof PARTS)[number]} */ (part)] =
    `${r.markdown.trim()}\n\n_${load}; raw results: [benchmarks/${part}.json](benchmarks/${part}.json)._`;
  Object.assign(charts, r.charts);
  writeFileSync(
    join(jsonDir, `${part}.json`),
    `${JSON.stringify({ ...common, flags: r.flags, results: raw }, null, 2)}\n`,
  );
};
/** Writes the page, its charts and what has been measured so far (after each part, so a run cut
 * short keeps what it finished). */
async function writePage() {
  for (const [name, svg] of Object.entries(charts)) writeFileSync(join(jsonDir, `${name}.svg`), svg);
  const v = versions(root);
  const end = machine();
  const header = [
    '# Benchmarks',
    '',
    '<!-- Generated by `corepack pnpm bench` (packages/bench). Do not edit by hand. -->',
    '',
    'Rendering in Chromium, bundle sizes, the validation core and the sdk, each against its peers.',
    '`corepack pnpm bench` rewrites this page, its charts and raw results (`docs/benchmarks/`);',
    '`--quick` (one run, 50 fields), `--only render,size,validation,sdk` (the other parts stay as they',
    'were). See [packages/bench/README.md](../packages/bench/README.md).',
    '',
    '## Machine',
    '',
    `${common.machine.cpu}, ${common.machine.cores} cores, ${common.machine.memoryGiB} GiB memory (${common.machine.freeGiB} GiB free at the start) · ${common.machine.os} · Node ${common.machine.node} · ${common.machine.date} to ${end.date.slice(11)}.`,
    '',
    `**The machine was shared and loaded**: load average ${common.machine.load.join(' / ')} (1 / 5 / 15 min) at the start and ${end.load.join(' / ')} at the end, on ${common.machine.cores} cores. Absolute times drift with that load; read the ratios, measured side by side in the same runs, and the spread.`,
    '',
    '## Versions',
    '',
    '| Package | Version |',
    '|---|---|',
    ...Object.entries(v).map(([name, ver]) => `| ${name} | ${ver} |`),
    '',
  ].join('\n');

  const out = join(docs, 'benchmarks.md');
  const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const prettier = await import('prettier');
  const page = await prettier.format(composePage({ old, fresh, header, jsonDir }), {
    ...(await prettier.resolveConfig(out)),
    filepath: out,
  });
  writeFileSync(out, page);
  log(`Wrote ${out}`);
}

const measuredAt = () => {
  const m = machine();
  return `Measured ${m.date}, load average ${m.load[0]} at the end of this part (${m.cores} cores)`;
};

/** @type {Record<string, () => Promise<void>>} */
const measure = {
  async render() {
    if (values['from-json']) {
      // Rewrites the render block from docs/benchmarks/render.json, measuring nothing.
      const saved = JSON.parse(readFileSync(join(jsonDir, 'render.json'), 'utf8'));
      const raw = saved.results;
      Object.assign(common, { machine: saved.machine, options: saved.options });
      const page = readFileSync(join(docs, 'benchmarks.md'), 'utf8');
      const before = /_(Measured [^;]+); raw results: \[benchmarks\/render\.json\]/.exec(page)?.[1];
      keep('render', String(raw.measuredAt ?? before ?? 'Measured earlier'), renderSection(raw), raw);
      return;
    }
    const dir = join(cache, 'pages');
    // The sizes without the list of source files each page was built from.
    const pageSizes = (await buildPages(dir, log)).map((size) => ({ ...size, inputs: undefined }));
    const server = await serve(dir);
    try {
      /** @param {{ samples: any[], inputs: Record<string, Record<number, number>>, sizes: number[], chromium: string }} m */
      const write = async (m) => {
        const at = measuredAt();
        const raw = {
          ...options,
          ...m,
          pageSizes,
          sizes: [...m.sizes].sort((a, b) => a - b),
          measuredAt: at,
        };
        keep('render', at, renderSection(raw), raw);
        await writePage();
      };
      await measureRendering(server.url, { ...options, log, onSize: write });
    } finally {
      await server.close();
    }
  },
  async size() {
    const dir = join(cache, 'sizes');
    rmSync(dir, { recursive: true, force: true });
    const r = await measureSizes(root, dir, log);
    keep('size', measuredAt(), sizeSection(r), r);
  },
  async validation() {
    const r = await runSubBench(root, 'validation', resultsDir(), log, quick);
    keep('validation', measuredAt(), validationPart(r), r.raw);
  },
  async sdk() {
    const r = await runSubBench(root, 'sdk', resultsDir(), log, quick);
    keep('sdk', measuredAt(), sdkPart(r), r.raw);
  },
};
const resultsDir = () => {
  const dir = join(cache, 'results');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
};

const minutes = (/** @type {number} */ since) => `${((performance.now() - since) / 60_000).toFixed(1)} min`;
const began = performance.now();
let failed = 0;
for (const part of PARTS) {
  if (!only.includes(part)) continue;
  log(`== ${part}`);
  const partBegan = performance.now();
  try {
    await measure[part]?.();
    await writePage();
  } catch (error) {
    failed++;
    log(`${part} failed, its block is left as it was: ${/** @type {Error} */ (error).stack ?? error}`);
  }
  log(`== ${part} took ${minutes(partBegan)}`);
}
log(`The run took ${minutes(began)} (load average ${machine().load.join(' / ')} at the end).`);
process.exitCode = failed > 0 ? 1 : 0;
