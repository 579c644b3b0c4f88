/**
 * Issue 15 with real processes: `kill -9` and a damaged journal, two processes on one data
 * directory, and SIGTERM while clients hold connections open.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBin, type Bin, type Running } from './support/bin.js';

let bin: Bin;
beforeAll(async () => {
  bin = await buildBin();
}, 120_000);
afterAll(() => bin.remove());

const dirs: string[] = [];
const running: Running[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-proc-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const r of running.splice(0)) {
    if (r.child.exitCode === null && r.child.signalCode === null) {
      r.child.kill('SIGKILL');
      await r.exit;
    }
  }
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(args: string[]): Promise<Running> {
  const r = await bin.start(args);
  running.push(r);
  return r;
}

async function createDraft(url: string): Promise<string> {
  const res = await fetch(`${url}/v1/dossiers`, {
    method: 'POST',
    headers: { authorization: 'Bearer sandbox-citizen-an', 'content-type': 'application/json' },
    body: JSON.stringify({ procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' }),
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}

async function statusOf(url: string, id: string): Promise<number> {
  const res = await fetch(`${url}/v1/dossiers/${id}`, {
    headers: { authorization: 'Bearer sandbox-citizen-an' },
  });
  await res.arrayBuffer();
  return res.status;
}

async function killed(r: Running): Promise<void> {
  r.child.kill('SIGKILL');
  await r.exit;
}

describe('after kill -9', () => {
  it('cuts a torn last write, keeps every acknowledged dossier, and says so', async () => {
    const dir = dataDir();
    const first = await start(['--port', '0', '--data-dir', dir, '--quiet']);
    const ids = [await createDraft(first.url), await createDraft(first.url)];
    await killed(first);
    const journal = join(dir, 'journal.jsonl');
    writeFileSync(journal, `${readFileSync(journal, 'utf8')}{"ops":[{"op":"dossier.put","value":{"id":"dos_`);

    const second = await start(['--port', '0', '--data-dir', dir, '--quiet']);
    for (const id of ids) expect(await statusOf(second.url, id)).toBe(200);
    expect(second.output()).toMatch(/journal\.jsonl: cut \d+ bytes of an unfinished write/);
  }, 30_000);

  it('refuses to start on a damaged acknowledged commit, naming the file and line; --recover keeps the rest', async () => {
    const dir = dataDir();
    const first = await start(['--port', '0', '--data-dir', dir, '--quiet']);
    const kept = await createDraft(first.url);
    const lost = await createDraft(first.url);
    await killed(first);
    const journal = join(dir, 'journal.jsonl');
    const lines = readFileSync(journal, 'utf8').split('\n');
    expect(lines).toHaveLength(3);
    // Damage the last complete line, keeping its newline: an acknowledged commit.
    const last = lines[1] ?? '';
    lines[1] = `${last.slice(0, 40)}#${last.slice(41)}`;
    const damaged = lines.join('\n');
    writeFileSync(journal, damaged);

    const refused = await bin.run(['--port', '0', '--data-dir', dir, '--quiet']);
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`${journal}: line 2 is damaged`);
    expect(refused.output).toContain('--recover');
    expect(readFileSync(journal, 'utf8')).toBe(damaged);

    const recovered = await start(['--port', '0', '--data-dir', dir, '--quiet', '--recover']);
    expect(await statusOf(recovered.url, kept)).toBe(200);
    expect(await statusOf(recovered.url, lost)).toBe(404);
    const copies = readdirSync(dir).filter((name) => name.startsWith('journal.jsonl.damaged-'));
    expect(copies).toHaveLength(1);
    expect(readFileSync(join(dir, copies[0] ?? ''), 'utf8')).toBe(damaged);
    expect(recovered.output()).toContain('line 2 is damaged; kept the 1 commits before it');
  }, 30_000);

  it('names the file of a damaged snapshot or record', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'snapshot.json'), '{"format":1,"ops":[{"op":"dossier.put"}]}');
    const record = await bin.run(['--port', '0', '--data-dir', dir, '--quiet']);
    expect(record.code).toBe(1);
    expect(record.output).toContain(`${join(dir, 'snapshot.json')}: record 1 is damaged`);
    expect(record.output).not.toContain('Cannot read properties');
    writeFileSync(join(dir, 'snapshot.json'), '{"format":1,"ops":[');
    const truncated = await bin.run(['--port', '0', '--data-dir', dir, '--quiet']);
    expect(truncated.code).toBe(1);
    expect(truncated.output).toContain(`${join(dir, 'snapshot.json')} is damaged`);
    expect(existsSync(join(dir, 'LOCK'))).toBe(false);
  }, 30_000);
});

describe('two processes on one data directory', () => {
  it('lets exactly one of two sandboxes started together on a stale lock run; the other says why', async () => {
    for (let round = 0; round < 2; round++) {
      const dir = dataDir();
      const dead = spawnSync(process.execPath, ['-e', '']).pid;
      writeFileSync(join(dir, 'LOCK'), String(dead));
      const args = ['--port', '0', '--data-dir', dir, '--quiet'];
      const outcomes = await Promise.allSettled([start(args), start(args)]);
      const up = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(up).toHaveLength(1);
      expect(refused).toHaveLength(1);
      const winner = (up[0] as PromiseFulfilledResult<Running>).value;
      expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(
        new RegExp(`exited with 1: dvc-sandbox: ${dir} is in use by process ${String(winner.child.pid)}`),
      );
      expect(readFileSync(join(dir, 'LOCK'), 'utf8')).toBe(String(winner.child.pid));
      const id = await createDraft(winner.url);
      await killed(winner);
      // The survivor's acknowledged write is there for the next one.
      const next = await start(args);
      expect(await statusOf(next.url, id)).toBe(200);
      await killed(next);
    }
  }, 90_000);
});

/** A raw TCP connection to `url` that has sent `text` and is kept open; resolves once connected. */
function holdOpen(url: string, text: string): Promise<{ closed: Promise<void>; socket: Socket }> {
  const { port, hostname } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(text);
      resolve({
        socket,
        closed: new Promise((done) =>
          socket.once('close', () => {
            done();
          }),
        ),
      });
    });
    socket.on('error', () => undefined);
    socket.once('error', reject);
  });
}

describe('SIGTERM', () => {
  it('exits promptly although clients hold idle, half-sent and slow connections, and closes them', async () => {
    const dir = dataDir();
    const r = await start(['--port', '0', '--data-dir', dir, '--quiet']);
    const id = await createDraft(r.url);
    const host = new URL(r.url).host;
    const idle = await holdOpen(r.url, '');
    const keptAlive = await holdOpen(r.url, `GET /v1/procedures HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
    const halfHeaders = await holdOpen(r.url, `GET /v1/procedures HTTP/1.1\r\nHost: ${host}\r\n`);
    const slowBody = await holdOpen(
      r.url,
      `POST /v1/dossiers HTTP/1.1\r\nHost: ${host}\r\nAuthorization: Bearer sandbox-citizen-an\r\n` +
        `Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"procedureCode":`,
    );
    // The keep-alive request has been answered: its connection is idle now.
    await new Promise((done) => keptAlive.socket.once('data', done));
    r.child.kill('SIGTERM');
    // No clock here: the test's own timeout is the bound; before the fix this took minutes.
    expect(await r.exit).toBe(0);
    await Promise.all([idle.closed, keptAlive.closed, halfHeaders.closed, slowBody.closed]);
    expect(r.output()).not.toContain('unhandled error');
    const next = await start(['--port', '0', '--data-dir', dir, '--quiet']);
    expect(await statusOf(next.url, id)).toBe(200);
  }, 30_000);
});
