/**
 * The real executable: src/cli.ts built by tsup (its @dvc-kit dependencies bundled from source, so
 * the test does not depend on the other packages having been built), run as a child process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
// Inside packages/sandbox so that hono, @hono/node-server and yaml resolve; laid out like the
// package (dist/ beside openapi/) because the server finds the contract relative to its code.
const ROOT = join(PACKAGE_DIR, 'node_modules', '.cache', `dvc-sandbox-bin-test-${process.pid}`);
const BIN = join(ROOT, 'dist', 'cli.js');

beforeAll(async () => {
  await build({
    config: false,
    entry: { cli: join(PACKAGE_DIR, 'src', 'cli.ts') },
    outDir: join(ROOT, 'dist'),
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: false,
    silent: true,
    tsconfig: join(PACKAGE_DIR, 'tsconfig.json'),
    noExternal: [/^@dvc-kit\//, /^zod/],
    external: ['hono', '@hono/node-server', 'yaml'],
    esbuildOptions(options) {
      options.conditions = ['@dvc-kit/source'];
    },
  });
  await mkdir(join(ROOT, 'openapi'), { recursive: true });
  await copyFile(join(PACKAGE_DIR, 'openapi', 'portal-api.yaml'), join(ROOT, 'openapi', 'portal-api.yaml'));
}, 120_000);

afterAll(async () => {
  await rm(ROOT, { recursive: true, force: true });
});

interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

function startBin(args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exit = new Promise<number | null>((done) => {
    child.once('exit', (code) => {
      done(code);
    });
  });
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined) resolve({ child, url, output: () => output, exit });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exit.then((code) => {
      reject(new Error(`exited with ${String(code)}: ${output}`));
    });
  });
}

function runBin(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.once('exit', (code) => {
      resolve({ code, output });
    });
  });
}

describe('the dvc-sandbox executable', () => {
  it('starts with a shebang', async () => {
    expect((await readFile(BIN, 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints its URL, serves the API, logs without the query string, and stops on SIGTERM', async () => {
    const running = await startBin(['--port', '0', '--in-memory']);
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${running.url}/v1/procedures?q=ho+ten+nguyen+van+an`, {
      headers: { authorization: 'Bearer sandbox-citizen-an' },
    });
    expect(res.status).toBe(200);
    await res.text();
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(0);
    expect(running.output()).toContain('request method=GET path=/v1/procedures status=200');
    expect(running.output()).not.toContain('nguyen');
    expect(running.output()).not.toContain('sandbox-citizen-an');
  }, 20_000);

  it('keeps its data in --data-dir', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dvc-sandbox-bin-'));
    try {
      const running = await startBin(['--port', '0', '--data-dir', dir, '--quiet']);
      const res = await fetch(`${running.url}/v1/dossiers`, {
        method: 'POST',
        headers: { authorization: 'Bearer sandbox-citizen-an', 'content-type': 'application/json' },
        body: JSON.stringify({ procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' }),
      });
      expect(res.status).toBe(201);
      const { id } = (await res.json()) as { id: string };
      running.child.kill('SIGINT');
      expect(await running.exit).toBe(0);
      expect(running.output()).not.toContain('request ');
      expect(await readFile(join(dir, 'snapshot.json'), 'utf8')).toContain(id);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 20_000);

  it('exits 2 on bad options and prints help', async () => {
    expect((await runBin(['--port', 'abc'])).code).toBe(2);
    const unknown = await runBin(['--bogus']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('Usage: dvc-sandbox');
    expect(await runBin(['--help'])).toMatchObject({ code: 0 });
    expect((await runBin(['--speed', '0'])).code).toBe(2);
    expect((await runBin(['--error-rate', '1.5'])).code).toBe(2);
  });

  it('injects the faults it is asked for', async () => {
    const running = await startBin(['--port', '0', '--in-memory', '--quiet', '--error-rate', '1']);
    const res = await fetch(`${running.url}/v1/procedures`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('injected_fault');
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(0);
  });
});
