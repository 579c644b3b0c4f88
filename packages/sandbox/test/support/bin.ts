/**
 * The real executable: src/cli.ts built by tsup (its @dvc-kit dependencies bundled from source, so
 * the tests do not depend on the other packages having been built), run as child processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { contractPath } from '@dvc-kit/contract/node';

const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

export interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
  exit: Promise<number | null>;
}

/** A built executable in a directory of its own. */
export interface Bin {
  path: string;
  /** Starts it; resolves once it prints its URL, rejects when it exits first. */
  start(args: string[]): Promise<Running>;
  /** Runs it to its end. */
  run(args: string[]): Promise<{ code: number | null; output: string }>;
  remove(): Promise<void>;
}

/** Builds the executable (inside packages/sandbox, laid out like the package: dist/ beside openapi/). */
export async function buildBin(): Promise<Bin> {
  const root = join(PACKAGE_DIR, 'node_modules', '.cache', `dvc-sandbox-bin-test-${randomUUID()}`);
  const path = join(root, 'dist', 'cli.js');
  await build({
    config: false,
    entry: { cli: join(PACKAGE_DIR, 'src', 'cli.ts') },
    outDir: join(root, 'dist'),
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
  await mkdir(join(root, 'openapi'), { recursive: true });
  // The bundled @dvc-kit/contract/node finds the document beside dist/, as in its own package.
  await copyFile(contractPath, join(root, 'openapi', 'portal-api.yaml'));

  const start = (args: string[]): Promise<Running> => {
    const child = spawn(process.execPath, [path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
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
  };
  const run = (args: string[]): Promise<{ code: number | null; output: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [path, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
      child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
      child.once('exit', (code) => {
        resolve({ code, output });
      });
    });
  return { path, start, run, remove: () => rm(root, { recursive: true, force: true }) };
}
