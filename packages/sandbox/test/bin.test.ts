/** The real executable, run as a child process (see support/bin.ts). */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBin, type Bin, type Running } from './support/bin.js';

let bin: Bin;
beforeAll(async () => {
  bin = await buildBin();
}, 120_000);
afterAll(() => bin.remove());

const startBin = (args: string[]): Promise<Running> => bin.start(args);
const runBin = (args: string[]) => bin.run(args);
const BIN = () => bin.path;

describe('the dvc-sandbox executable', () => {
  it('starts with a shebang', async () => {
    expect((await readFile(BIN(), 'utf8')).split('\n')[0]).toBe('#!/usr/bin/env node');
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
    expect(running.output()).toMatch(/request method=GET path=\/v1\/procedures .*status=200/);
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
  }, 30_000);

  it('injects the faults it is asked for', async () => {
    const running = await startBin(['--port', '0', '--in-memory', '--quiet', '--error-rate', '1']);
    const res = await fetch(`${running.url}/v1/procedures`);
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('injected_fault');
    running.child.kill('SIGTERM');
    expect(await running.exit).toBe(0);
  }, 20_000);
});
