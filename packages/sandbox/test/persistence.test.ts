import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, manualClock } from '@dvc-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import {
  birthDraft,
  MONDAY_9AM,
  validBirthData,
  withBirthDocuments,
  type Dossier,
} from './support/dossiers.js';
import { pdfBytes, upload, type Attachment } from './support/attachments.js';
import { clientToken } from './support/clients.js';
import { call } from './support/http.js';
import { startReceiver } from './support/receiver.js';
import { createPayment, decide, submittedBirth, type Payment } from './support/payments.js';

const dirs: string[] = [];
function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const start = (dir: string) => createSandbox({ port: 0, dataDir: dir, clock: manualClock(MONDAY_9AM) });

async function submittedDossier(sandbox: { url: string }, key: string): Promise<Dossier> {
  const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
    as: 'citizen-an',
    json: await withBirthDocuments(sandbox),
  });
  const res = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
    as: 'citizen-an',
    json: { data: validBirthData() },
    headers: { 'idempotency-key': key },
  });
  expect(res.status).toBe(200);
  return res.body;
}

describe('persistence', () => {
  it('keeps submitted dossiers, drafts, numbering and idempotency keys across a restart', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const submitted = await submittedDossier(first, 'restart-1');
    const draft = await call<Dossier>(first, 'POST', '/v1/dossiers', { as: 'citizen-an', json: birthDraft });
    await first.close();

    const second = await start(dir);
    try {
      const got = await call<Dossier>(second, 'GET', `/v1/dossiers/${submitted.id}`, { as: 'citizen-an' });
      expect(got.body).toEqual(submitted);
      const stillDraft = await call<Dossier>(second, 'GET', `/v1/dossiers/${draft.body.id}`, {
        as: 'citizen-an',
      });
      expect(stillDraft.body).toEqual(draft.body);
      const replay = await call<Dossier>(second, 'POST', `/v1/dossiers/${submitted.id}/submit`, {
        as: 'citizen-an',
        json: { data: validBirthData() },
        headers: { 'idempotency-key': 'restart-1' },
      });
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body).toEqual(submitted);
      const next = await submittedDossier(second, 'restart-2');
      expect(Number(next.code?.slice(-4))).toBe(Number(submitted.code?.slice(-4)) + 1);
    } finally {
      await second.close();
    }
  });

  // Megabytes over HTTP: slow on a busy machine.
  it(
    'keeps attachments across a restart; a failed upload leaves no file and no record',
    { timeout: 30_000 },
    async () => {
      const dir = dataDir();
      const first = await start(dir);
      const refused = await upload(first, { bytes: new TextEncoder().encode('plain text, not a PDF') });
      expect(refused.status).toBe(422);
      const tooBig = new Uint8Array(10 * 1024 * 1024 + 1);
      tooBig.set(pdfBytes());
      expect((await upload(first, { bytes: tooBig })).status).toBe(413);
      expect(readdirSync(join(dir, 'blobs'))).toEqual([]);
      expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).not.toContain('attachment');

      const bytes = pdfBytes('giữ lại');
      const stored = await upload(first, { bytes, fileName: 'giấy tờ.pdf' });
      expect(stored.status).toBe(201);
      expect(readdirSync(join(dir, 'blobs'))).toEqual([stored.body.sha256]);
      await first.close();

      const second = await start(dir);
      try {
        const meta = await call<Attachment>(second, 'GET', `/v1/attachments/${stored.body.id}`, {
          as: 'citizen-an',
        });
        expect(meta.body).toEqual(stored.body);
        const content = await fetch(`${second.url}/v1/attachments/${stored.body.id}/content`, {
          headers: { authorization: 'Bearer sandbox-citizen-an' },
        });
        expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes);
      } finally {
        await second.close();
      }
    },
  );

  it('keeps payments and their keys across a restart; a failed payment stores nothing', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const dossier = await submittedBirth(first, 'pay-restart');
    const journalBefore = readFileSync(join(dir, 'journal.jsonl'), 'utf8');
    const refused = await createPayment(
      first,
      { dossierId: dossier.id, feeCodes: ['NO-SUCH-FEE'] },
      'pay-key',
    );
    expect(refused.status).toBe(422);
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe(journalBefore);
    const payment = (await createPayment(first, { dossierId: dossier.id }, 'pay-key')).body;
    const paid = (await decide(first, payment.id, 'approve')).body;
    expect(paid.status).toBe('succeeded');
    await first.close();

    const second = await start(dir);
    try {
      const got = await call<Payment>(second, 'GET', `/v1/payments/${payment.id}`, { as: 'citizen-an' });
      expect(got.body).toEqual({ ...paid, checkoutUrl: `${second.url}/v1/payments/${payment.id}/checkout` });
      const receipt = await call(second, 'GET', `/v1/payments/${payment.id}/receipt`, { as: 'citizen-an' });
      expect(receipt.status).toBe(200);
      const replay = await createPayment(second, { dossierId: dossier.id }, 'pay-key');
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.body.id).toBe(payment.id);
    } finally {
      await second.close();
    }
  });

  it('keeps pending webhook deliveries across a restart and retries them', async () => {
    const dir = dataDir();
    const clock = manualClock(MONDAY_9AM);
    const receiver = await startReceiver((n) => (n === 1 ? 503 : 204));
    try {
      const first = await createSandbox({ port: 0, dataDir: dir, clock, lifecycle: { auto: false } });
      const endpoint = await call<{ id: string }>(first, 'POST', '/v1/webhook-endpoints', {
        as: await clientToken(first),
        json: { url: receiver.url, events: ['dossier.status_changed'] },
      });
      expect(endpoint.status).toBe(201);
      await submittedBirth(first, 'hook-restart');
      const refused = await receiver.next();
      await first.close();

      clock.advance(5_000);
      const second = await createSandbox({ port: 0, dataDir: dir, clock, lifecycle: { auto: false } });
      try {
        await call(second, 'GET', '/v1/admin-units/provinces/01');
        const retried = await receiver.next();
        expect(retried.headers['webhook-id']).toBe(refused.headers['webhook-id']);
        expect(retried.raw).toBe(refused.raw);
      } finally {
        await second.close();
      }
    } finally {
      await receiver.close();
    }
  });

  it('recovers every commit after a crash, dropping only a torn last line', async () => {
    const dir = dataDir();
    const first = await start(dir);
    const submitted = await submittedDossier(first, 'crash-1');
    // Simulate a crash: copy the journal as it is now (no compaction on close), then add a torn write.
    const journal = readFileSync(join(dir, 'journal.jsonl'), 'utf8');
    await first.close();
    rmSync(join(dir, 'snapshot.json'));
    writeFileSync(join(dir, 'journal.jsonl'), journal);
    appendFileSync(join(dir, 'journal.jsonl'), '{"ops":[{"op":"dossier.put","value":{"id":"dos_');

    const second = await start(dir);
    try {
      const got = await call<Dossier>(second, 'GET', `/v1/dossiers/${submitted.id}`, { as: 'citizen-an' });
      expect(got.body).toEqual(submitted);
    } finally {
      await second.close();
    }
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe('');
  });

  it('forgets expired idempotency keys when it compacts', async () => {
    const dir = dataDir();
    const clock = manualClock(MONDAY_9AM);
    const first = await createSandbox({ port: 0, dataDir: dir, clock });
    await submittedDossier(first, 'old-key');
    await first.close();
    expect(readFileSync(join(dir, 'snapshot.json'), 'utf8')).toContain('old-key');
    clock.advance(25 * 60 * 60 * 1000);
    const second = await createSandbox({ port: 0, dataDir: dir, clock });
    await second.close();
    const snapshot = readFileSync(join(dir, 'snapshot.json'), 'utf8');
    expect(snapshot).not.toContain('old-key');
    expect(snapshot).toContain('dossier.put');
  });

  it('refuses to start on a damaged journal rather than lose data', async () => {
    const dir = dataDir();
    writeFileSync(join(dir, 'journal.jsonl'), 'not json\n{"ops":[]}\n');
    await expect(start(dir)).rejects.toThrow(/line 1 is damaged/);
  });

  it('allows one sandbox per data directory, and takes over the lock of a dead process', async () => {
    const dir = dataDir();
    const first = await start(dir);
    await expect(start(dir)).rejects.toThrow(/in use by process/);
    await first.close();
    expect(existsSync(join(dir, 'LOCK'))).toBe(false);
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(dir, 'LOCK'), String(gone));
    const second = await start(dir);
    expect(readFileSync(join(dir, 'LOCK'), 'utf8')).toBe(String(process.pid));
    await second.close();
  });

  it('keeps nothing with inMemory', async () => {
    const dir = dataDir();
    const sandbox = await createSandbox({ port: 0, inMemory: true, dataDir: dir });
    expect(sandbox.dataDir).toBeUndefined();
    await submittedDossier(sandbox, 'mem-1');
    await sandbox.close();
    expect(() => readFileSync(join(dir, 'journal.jsonl'))).toThrow();
  });
});
