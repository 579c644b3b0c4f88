/**
 * The real executable: src/cli.ts built by tsup (its @dvc-kit dependencies bundled from source, so the
 * test does not depend on the other packages having been built), run as a child process.
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_DIR, FIXTURES, PROCEDURES_DIR } from './helpers.js';

// Inside packages/cli so that the one external dependency, json-schema-to-typescript, resolves.
const OUT = join(CLI_DIR, 'node_modules', '.cache', `dvc-bin-test-${process.pid}`);
const BIN = join(OUT, 'cli.js');

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[], cwd: string): Promise<Exec> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  await build({
    config: false,
    entry: { cli: join(CLI_DIR, 'src', 'cli.ts') },
    outDir: OUT,
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: false,
    silent: true,
    tsconfig: join(CLI_DIR, 'tsconfig.json'),
    noExternal: [/^@dvc-kit\//, /^zod/],
    external: ['json-schema-to-typescript'],
    esbuildOptions(options) {
      options.conditions = ['@dvc-kit/source'];
    },
  });
}, 120_000);

afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
});

describe('the built dvc executable', () => {
  it('starts with a shebang and is executable', async () => {
    expect((await readFile(BIN, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
    expect((await stat(BIN)).mode & 0o111).not.toBe(0);
  });

  it('runs lint, validate and codegen with their exit codes', async () => {
    const definitions = ['definitions/birth-registration.json', 'definitions/death-registration.json'];
    expect(await run(BIN, ['lint', ...definitions], PROCEDURES_DIR)).toEqual({
      code: 0,
      stdout: '2 definitions checked: no problems.\n',
      stderr: '',
    });
    const broken = await run(BIN, ['lint', 'negative-fee.json'], FIXTURES);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('negative-fee.json:49:17  minimum  ');
    const valid = await run(BIN, ['validate', 'minimal.json', 'data-valid.json'], FIXTURES);
    expect(valid).toEqual({ code: 0, stdout: 'data-valid.json: valid (minimal.json).\n', stderr: '' });
    const invalid = await run(
      BIN,
      ['validate', 'minimal.json', 'data-invalid.json', '--locale', 'en'],
      FIXTURES,
    );
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('data-invalid.json:3:12  /phone  format  012 is not a mobile prefix.');
    const out = join(OUT, 'types');
    const codegen = await run(BIN, ['codegen', 'minimal.json', '--out', out], FIXTURES);
    expect(codegen.code).toBe(0);
    expect(await readFile(join(out, 'test-certificate.ts'), 'utf8')).toContain(
      'export interface TestCertificateDossier {',
    );
  }, 60_000);

  it('exits 2 with a message for a usage error, and prints its version', async () => {
    const usage = await run(BIN, ['lint', '--jsno', 'x.json'], FIXTURES);
    expect(usage).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "dvc: Unknown option '--jsno' for 'dvc lint'. Did you mean '--json'?\nRun 'dvc lint --help' for usage.\n",
    });
    const { version } = JSON.parse(await readFile(join(CLI_DIR, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run(BIN, ['--version'], FIXTURES)).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  }, 60_000);

  it('has a launcher, bin/dvc.mjs, that runs the sources in the workspace without a build', async () => {
    const launcher = join(CLI_DIR, 'bin', 'dvc.mjs');
    const { version } = JSON.parse(await readFile(join(CLI_DIR, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(await run(launcher, ['--version'], FIXTURES)).toEqual({
      code: 0,
      stdout: `${version}\n`,
      stderr: '',
    });
    const lint = await run(
      process.execPath,
      [launcher, 'lint', 'minimal.json', 'negative-fee.json'],
      FIXTURES,
    );
    expect(lint.code).toBe(1);
    expect(lint.stdout).toContain('negative-fee.json:49:17  minimum  ');
  }, 60_000);

  it('has a launcher that says how to build when it is neither in the workspace nor built', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-launcher-'));
    await mkdir(join(dir, 'bin'));
    await copyFile(join(CLI_DIR, 'bin', 'dvc.mjs'), join(dir, 'bin', 'dvc.mjs'));
    const result = await run(process.execPath, [join(dir, 'bin', 'dvc.mjs'), '--version'], dir);
    await rm(dir, { recursive: true, force: true });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('@dvc-kit/cli is not built yet');
  });
});
