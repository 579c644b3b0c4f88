/**
 * The three ways of running the residence schema, measured side by side with Ajv in the same
 * rounds: the interpreter (`compileSchema`), the JIT (`@dvc-kit/validation/node`) and a
 * precompiled module (`buildValidatorModule`, bundled with its runtime by esbuild and imported).
 * Also the size a page ships for the precompiled module with its runtime, against the interpreter.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { AnySchema } from 'ajv';
import localizeId from 'ajv-i18n/localize/id/index.js';
import { compileSchema, type ValidationResult } from '@dvc-kit/validation';
import { buildValidatorModule, compileSchema as compileJit } from '@dvc-kit/validation/node';
import { createAjv } from './ajv.js';
import { sink, speedup, throughput, type Throughput } from './measure.js';

interface Validate {
  validate(data: unknown, options?: { locale?: 'vi' | 'en' }): ValidationResult;
}

/** Bundles the precompiled module of `schema` with its runtime for `platform`; answers the file. */
async function precompiledBundle(
  packageDir: string,
  schema: unknown,
  platform: 'node' | 'browser',
  locales?: ('vi' | 'en')[],
): Promise<{ file: string; gzip: number }> {
  const dir = join(packageDir, 'node_modules/.cache/dvc-kit-bench');
  mkdirSync(dir, { recursive: true });
  const suffix = locales === undefined ? '' : `.${locales.join('-')}`;
  const entry = join(dir, `residence.validator${suffix}.js`);
  const runtime = join(packageDir, 'src/runtime.ts');
  writeFileSync(
    entry,
    buildValidatorModule(schema, locales === undefined ? { runtime } : { runtime, locales }).code,
  );
  const file = join(dir, `residence.validator${suffix}.${platform}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    outfile: file,
    format: 'esm',
    platform,
    target: 'es2022',
    minify: platform === 'browser',
    conditions: ['@dvc-kit/source'],
    logLevel: 'silent',
    legalComments: 'none',
    write: true,
  });
  const { readFileSync } = await import('node:fs');
  return { file, gzip: gzipSync(readFileSync(file), { level: 9 }).byteLength };
}

const fmtRate = (t: Throughput | undefined): string =>
  t === undefined ? '—' : Math.round(t.opsPerSec).toLocaleString('en-US');

function table(rows: Throughput[], against: string): string {
  const base = rows.find((r) => r.name === against);
  const lines = [
    '| Validator | ops/s | slowest–fastest round | ÷ ' + against + ' |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${fmtRate(r)} | ${Math.round(r.min).toLocaleString('en-US')}–${Math.round(r.max).toLocaleString('en-US')} | ${base === undefined ? '—' : speedup(r, base).toFixed(2) + '×'} |`,
    );
  return lines.join('\n');
}

/** How many times faster `a` ran than `b` in the same rounds (the median of the per-round ratios). */
function ratio(rows: Throughput[], a: string, b: string): number {
  const ra = rows.find((r) => r.name === a);
  const rb = rows.find((r) => r.name === b);
  return ra === undefined || rb === undefined ? Number.NaN : speedup(ra, rb);
}

/** Measures and answers the markdown of the code generator's part of the page. */
export async function codegenSection(
  packageDir: string,
  schema: AnySchema,
  valid: unknown,
  invalid: unknown,
  interpreterGzip: number,
  log: (line: string) => void,
): Promise<string> {
  const interpreter = compileSchema(schema);
  const jit = compileJit(schema, { codegen: 'on' });
  const node = await precompiledBundle(packageDir, schema, 'node');
  const browser = await precompiledBundle(packageDir, schema, 'browser');
  const browserVi = await precompiledBundle(packageDir, schema, 'browser', ['vi']);
  const precompiled = ((await import(pathToFileURL(node.file).href)) as { validator: Validate }).validator;
  const ajv = createAjv().compile(schema);
  const run =
    (v: Validate): (() => void) =>
    () =>
      void (sink.n += v.validate(valid).ok ? 1 : 0);

  log('(f1) three paths, valid input');
  const validRows = await throughput({
    JIT: run(jit),
    precompiled: run(precompiled),
    interpreter: run(interpreter),
    Ajv: () => void (sink.n += ajv(valid) ? 1 : 0),
  });

  log('(f2) three paths, formats stubbed');
  const formatNames = [...new Set(JSON.stringify(schema).match(/"format":"[^"]+"/g) ?? [])].map((m) =>
    m.slice(10, -1),
  );
  const stub = (): { ok: true } => ({ ok: true });
  const formats = Object.fromEntries(formatNames.map((f) => [f, stub]));
  const jitStub = compileJit(schema, { formats, codegen: 'on' });
  const interpreterStub = compileSchema(schema, { formats });
  const ajvStub = createAjv(formatNames).compile(schema);
  const stubRows = await throughput({
    JIT: run(jitStub),
    interpreter: run(interpreterStub),
    Ajv: () => void (sink.n += ajvStub(valid) ? 1 : 0),
  });

  log('(f3) three paths, invalid input, every message read');
  const readAll =
    (v: Validate): (() => void) =>
    () => {
      const r = v.validate(invalid, { locale: 'vi' });
      if (!r.ok) for (const i of r.issues) sink.n += i.message.length;
    };
  const invalidRows = await throughput({
    JIT: readAll(jit),
    precompiled: readAll(precompiled),
    interpreter: readAll(interpreter),
    Ajv: () => {
      if (!ajv(invalid)) for (const e of ajv.errors ?? []) sink.n += (e.message ?? '').length;
    },
    // ajv-i18n has no Vietnamese: Indonesian is one of its 20+ locales, and every locale is the
    // same kind of function (a switch over the keyword writing each error's message).
    'Ajv + ajv-i18n': () => {
      if (!ajv(invalid)) {
        localizeId(ajv.errors);
        for (const e of ajv.errors ?? []) sink.n += (e.message ?? '').length;
      }
    },
  });

  const kb = (b: number): string => `${(b / 1000).toFixed(1)} kB`;
  const verdict = (ok: boolean): string => (ok ? '**PASS**' : '**MISS**');
  const r1 = ratio(stubRows, 'JIT', 'Ajv');
  const r2 = ratio(validRows, 'JIT', 'Ajv');
  const r2p = ratio(validRows, 'precompiled', 'Ajv');
  const r3 = ratio(invalidRows, 'JIT', 'Ajv + ajv-i18n');
  const r3p = ratio(invalidRows, 'precompiled', 'Ajv + ajv-i18n');
  return `
### (f) Generated code: JIT, precompiled module, interpreter (issue 18)

The same residence schema run three ways (ADR 0008), measured in the same interleaved rounds as
Ajv: the JIT (\`compileSchema\` of \`@dvc-kit/validation/node\`, \`codegen: 'on'\`), a precompiled
module (\`buildValidatorModule\`, bundled with its runtime by esbuild and imported) and the
interpreter. On invalid input every issue's \`message\` is read (ours words it in Vietnamese when
read); Ajv builds its English messages eagerly, and the \`Ajv + ajv-i18n\` row then localizes them
with ajv-i18n (which has no Vietnamese: its Indonesian function stands for any locale) and reads
them, the comparison the targets use. Times are CPU time in 31 interleaved rounds, the order rotating
(see Method): ops/s of the median round, the slowest and fastest beside it, and ratios the median of
the per-round ratios. Load average of the shared machine when this part ended: ${loadavg()[0]?.toFixed(1)} (2 cores).

| Target (issue 18) | Measured | Result |
| --- | ---: | :---: |
| Engine alone (formats stubbed), JIT ≥ 1.5× Ajv | ${r1.toFixed(2)}× | ${verdict(r1 >= 1.5)} |
| Valid document, JIT ≥ 1.0× Ajv | ${r2.toFixed(2)}× | ${verdict(r2 >= 1)} |
| Valid document, precompiled ≥ 1.0× Ajv | ${r2p.toFixed(2)}× | ${verdict(r2p >= 1)} |
| Invalid, every issue and message, JIT ≥ 1.0× Ajv + ajv-i18n | ${r3.toFixed(2)}× | ${verdict(r3 >= 1)} |
| Invalid, every issue and message, precompiled ≥ 1.0× Ajv + ajv-i18n | ${r3p.toFixed(2)}× | ${verdict(r3p >= 1)} |
| Runtime + precompiled residence module ≤ 15 kB min+gzip | ${kb(browser.gzip)} | ${verdict(browser.gzip <= 15_000)} |
| The same, Vietnamese only, ≤ 15 kB min+gzip | ${kb(browserVi.gzip)} | ${verdict(browserVi.gzip <= 15_000)} |

#### Valid input

${table(validRows, 'Ajv')}

#### Valid input, every format check stubbed out (the engines alone)

${table(stubRows, 'Ajv')}

#### Invalid input, every issue with its message read

${table(invalidRows, 'Ajv + ajv-i18n')}

#### What a page ships

| Bundle (esbuild, minify, browser, gzip -9) | min+gzip |
| --- | ---: |
| runtime + precompiled residence module (messages in vi and en) | ${kb(browser.gzip)} (${browser.gzip.toLocaleString('en-US')} B) |
| the same, built for Vietnamese only (\`locales: ['vi']\`) | ${kb(browserVi.gzip)} (${browserVi.gzip.toLocaleString('en-US')} B) |
| interpreter (\`src/index.ts\`, zod included) | ${kb(interpreterGzip)} (${interpreterGzip.toLocaleString('en-US')} B) |
`;
}
