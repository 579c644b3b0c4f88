#!/usr/bin/env node
// @ts-check
/**
 * `corepack pnpm bench [--quick] [--only render,size,validation,sdk] [--runs N] [--sizes 50,300]`:
 * measures and rewrites docs/benchmarks.md, its charts (docs/benchmarks/*.svg) and raw results
 * (docs/benchmarks/*.json). Never part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  },
});
const only = values.only === undefined ? [...PARTS] : values.only.split(',').map((s) => s.trim());
for (const p of only)
  if (!PARTS.includes(/** @type {any} */ (p)))
    throw new Error(`--only: ${p} is not one of ${PARTS.join(', ')}`);
const quick = values.quick ?? false;
const options = {
  sizes: values.sizes?.split(',').map(Number) ?? (quick ? [50] : [50, 300, 1000]),
  throttles: [1, 4],
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

// The render pages and the size entries use our packages as built: build them when missing.
if (
  (only.includes('render') || only.includes('size')) &&
  !['packages/forms/dist/index.js', 'packages/sdk/dist/index.js'].every((f) => existsSync(join(root, f)))
) {
  log('Building @dvc-kit/forms and @dvc-kit/sdk (and what they use)');
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
const measuredAt = () => {
  const m = machine();
  return `Measured ${m.date}, load average ${m.load[0]} at the end of this part (${m.cores} cores)`;
};

if (only.includes('render')) {
  log('Rendering in Chromium');
  const dir = join(cache, 'pages');
  const pageSizes = await buildPages(dir);
  const server = await serve(dir);
  try {
    const m = await measureRendering(server.url, { ...options, log });
    const raw = {
      ...m,
      pageSizes,
      sizes: options.sizes,
      throttles: options.throttles,
      runs: options.runs,
      keys: options.keys,
    };
    keep('render', measuredAt(), renderSection(raw), raw);
  } finally {
    await server.close();
  }
}
if (only.includes('size')) {
  log('Bundle sizes');
  const dir = join(cache, 'sizes');
  rmSync(dir, { recursive: true, force: true });
  const r = await measureSizes(root, dir, log);
  keep('size', measuredAt(), sizeSection(r), r);
}
for (const part of /** @type {const} */ (['validation', 'sdk'])) {
  if (!only.includes(part)) continue;
  log(`The ${part} bench`);
  const dir = join(cache, 'results');
  mkdirSync(dir, { recursive: true });
  const r = await runSubBench(root, part, dir, log);
  keep(part, measuredAt(), part === 'validation' ? validationPart(r) : sdkPart(r), r.raw);
}

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
  `${startMachine.cpu}, ${startMachine.cores} cores, ${startMachine.memoryGiB} GiB memory (${startMachine.freeGiB} GiB free at the start) · ${startMachine.os} · Node ${startMachine.node} · ${startMachine.date} to ${end.date.slice(11)}.`,
  '',
  `**The machine was shared and loaded**: load average ${startMachine.load.join(' / ')} (1 / 5 / 15 min) at the start and ${end.load.join(' / ')} at the end, on ${startMachine.cores} cores. Absolute times drift with that load; read the ratios, measured side by side in the same runs, and the spread.`,
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
