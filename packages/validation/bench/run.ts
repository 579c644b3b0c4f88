/**
 * `pnpm bench`: measures the compiled validator against Ajv 2020 and a hand-written zod schema on
 * a ~60-field residence application, plus compile time and bundle size, and rewrites its section
 * of docs/benchmarks.md (between `<!-- validation:begin -->` and `<!-- validation:end -->`). Run through esbuild (see the `bench` script), never as part of `npm test`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { compileSchema } from '@dvc-kit/validation';
import { compileSchema as compileJit } from '@dvc-kit/validation/node';
import { createAjv } from './ajv.js';
import { bundleSizes } from './bundle-size.js';
import { codegenSection } from './codegen.js';
import invalid from './fixtures/residence-application.invalid.json';
import schema from './fixtures/residence-application.schema.json';
import valid from './fixtures/residence-application.valid.json';
import { buildResidenceZod } from './hand-written-zod.js';
import { compileTimes, sink, throughput } from './measure.js';
import { asSection, renderReport, replaceSection, type Environment } from './report.js';

function repositoryRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('Run the benchmark inside the dvc-kit repository');
    dir = up;
  }
  return dir;
}

const root = repositoryRoot(process.cwd());
const packageDir = join(root, 'packages/validation');
const versionOf = (name: string): string =>
  (
    JSON.parse(readFileSync(join(packageDir, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
const log = (line: string): void => void process.stdout.write(`${line}\n`);

// zod answers in Vietnamese too, like the compiled validator (its refinements carry their own messages).
z.config(z.locales.vi());
z.config({ jitless: false });

const ours = compileSchema(schema);
// The package's path on Node: generated code (ADR 0008). `ours` is the interpreter (browsers, `codegen: 'off'`).
const jit = compileJit(schema, { codegen: 'on' });
const ajv = createAjv().compile(schema);
const zodJit = buildResidenceZod();

const count = {
  ours: ((r) => (r.ok ? 0 : r.issues.length))(ours.validate(invalid, { locale: 'vi' })),
  ajv: ajv(invalid) ? 0 : (ajv.errors?.length ?? 0),
  zod: zodJit.safeParse(invalid).error?.issues.length ?? 0,
};
if (!ours.validate(valid).ok || !jit.validate(valid).ok || !ajv(valid) || !zodJit.safeParse(valid).success)
  throw new Error('The valid fixture does not pass');

log('(a) valid input, Node');
const validNode = await throughput({
  jit: () => void (sink.n += jit.validate(valid).ok ? 1 : 0),
  ours: () => void (sink.n += ours.validate(valid).ok ? 1 : 0),
  ajv: () => void (sink.n += ajv(valid) ? 1 : 0),
  zod: () => void (sink.n += zodJit.safeParse(valid).success ? 1 : 0),
});

log('(a2) valid input, Node, every format check stubbed out');
const formatNames = [...new Set(JSON.stringify(schema).match(/"format":"[^"]+"/g) ?? [])].map((m) =>
  m.slice(10, -1),
);
const stub = (): { ok: true } => ({ ok: true });
const oursNoFormats = compileSchema(schema, {
  formats: Object.fromEntries(formatNames.map((f) => [f, stub])),
});
const ajvNoFormats = createAjv(formatNames).compile(schema);
const validNoFormats = await throughput({
  ours: () => void (sink.n += oursNoFormats.validate(valid).ok ? 1 : 0),
  ajv: () => void (sink.n += ajvNoFormats(valid) ? 1 : 0),
});

log('(b) valid input, jitless');
z.config({ jitless: true });
const oursJitless = compileSchema(schema);
const zodJitless = buildResidenceZod();
const validJitless = await throughput({
  ours: () => void (sink.n += oursJitless.validate(valid).ok ? 1 : 0),
  zod: () => void (sink.n += zodJitless.safeParse(valid).success ? 1 : 0),
});
z.config({ jitless: false });

log('(c) invalid input, every issue with its message');
// Every message is read on each side: ours words an issue's message when it is read.
const readAll =
  (v: { validate: typeof ours.validate }): (() => void) =>
  () => {
    const r = v.validate(invalid, { locale: 'vi' });
    if (!r.ok) for (const i of r.issues) sink.n += i.message.length;
  };
const invalidNode = await throughput({
  jit: readAll(jit),
  ours: readAll(ours),
  ajv: () => {
    if (!ajv(invalid)) for (const e of ajv.errors ?? []) sink.n += (e.message ?? '').length;
  },
  zod: () => {
    sink.n += zodJit.safeParse(invalid).error?.issues.length ?? 0;
  },
});

log('(d) compile time, warm');
const compile = {
  ours: compileTimes(() => {
    const copy: unknown = structuredClone(schema);
    return () => compileSchema(copy);
  }),
  ajv: compileTimes(() => {
    const instance = createAjv();
    const copy = structuredClone(schema);
    return () => instance.compile(copy);
  }),
  jit: compileTimes(() => {
    const copy: unknown = structuredClone(schema);
    return () => compileJit(copy, { codegen: 'on' });
  }),
};

log('(e) bundle size');
const bundles = await bundleSizes(packageDir);

const interpreterBytes = bundles.find((b) => b.name.includes('zod included'))?.gzip ?? 0;
const generated = await codegenSection(packageDir, schema, valid, invalid, interpreterBytes, log);

const cpuList = cpus();
const env: Environment = {
  cpu: cpuList[0]?.model ?? 'unknown',
  cores: cpuList.length,
  node: process.version,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  versions: {
    ajv: versionOf('ajv'),
    'ajv-formats': versionOf('ajv-formats'),
    zod: versionOf('zod'),
    esbuild: versionOf('esbuild'),
  },
};
const out = join(root, 'docs/benchmarks.md');
// The hand-written history in bench/NOTES.md (its "### " entries) is carried into every new page.
const notesFile = join(root, 'packages/validation/bench/NOTES.md');
const notes = existsSync(notesFile)
  ? readFileSync(notesFile, 'utf8')
      .split(/^(?=### )/m)
      .slice(1)
      .join('')
  : '';
// Formatted with the repository's prettier, so `prettier --check .` stays green after a run.
const prettier = await import('prettier');
const section = asSection(
  renderReport(
    {
      env,
      validNode,
      validNoFormats,
      validJitless,
      invalidNode,
      issueCounts: count,
      compile,
      bundles,
    },
    notes,
  ) + generated,
);
// Under `pnpm bench` (packages/bench), DVC_BENCH_RESULTS names a folder: the section and the raw
// results go there as validation.md and validation.json, and packages/bench writes the page.
const resultsDir = process.env['DVC_BENCH_RESULTS'];
if (resultsDir !== undefined && resultsDir !== '') {
  const raw = {
    env,
    validNode,
    validNoFormats,
    validJitless,
    invalidNode,
    issueCounts: count,
    compile,
    bundles,
  };
  writeFileSync(join(resultsDir, 'validation.md'), section);
  writeFileSync(join(resultsDir, 'validation.json'), `${JSON.stringify(raw, null, 2)}\n`);
  log(`Wrote validation.md and validation.json in ${resultsDir} (sink ${sink.n > 0 ? 'ok' : 'empty'})`);
  process.exit(0);
}
// Only this package's section is rewritten; the sdk's bench writes its own (`<!-- sdk:begin -->`).
const page = existsSync(out) ? readFileSync(out, 'utf8') : '# Benchmarks\n';
const markdown = await prettier.format(replaceSection(page, 'validation', section), {
  ...(await prettier.resolveConfig(out)),
  filepath: out,
});
writeFileSync(out, markdown);
log(markdown);
log(`Wrote ${out} (sink ${sink.n > 0 ? 'ok' : 'empty'})`);
