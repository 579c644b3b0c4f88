/**
 * The node back end against a real sandbox over HTTP: a citizen files a birth registration online;
 * the back end, woken by a verified webhook or its poll, reads it from the change feed, validates
 * it, receives it and asks for a supplement; the citizen answers; the back end completes it with a
 * result file and returns it. A forged webhook is refused. Restarted on the same cursor file, the
 * back end handles only what came after: nothing is done twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { procedureSamples } from '@dvc-kit/procedures';
import { createSandbox, type Sandbox } from '@dvc-kit/sandbox';
import { createClient, type PortalClient } from '@dvc-kit/sdk';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBackend, type Backend } from '../src/backend.js';
import { fileCursorStore } from '../src/cursor-store.js';

const dir = mkdtempSync(join(tmpdir(), 'dvc-node-backend-'));
const cursorFile = join(dir, 'cursor.json');
let sandbox: Sandbox;
let api: string;
let citizen: PortalClient;
const backends: Backend[] = [];

beforeAll(async () => {
  // The lifecycle clock is off: only the back end moves the dossiers.
  sandbox = await createSandbox({ port: 0, inMemory: true, lifecycle: { auto: false } });
  api = `${sandbox.url}/v1`;
  citizen = createClient({ baseUrl: api, auth: 'sandbox-citizen-an' });
}, 60_000);
afterAll(async () => {
  await Promise.all(backends.map((b) => b.close()));
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

async function backend(): Promise<Backend> {
  const started = await startBackend({
    baseUrl: api,
    clientId: 'sandbox-agency-hoan-kiem',
    clientSecret: 'sandbox-agency-hoan-kiem-secret',
    cursors: fileCursorStore(cursorFile),
    pollInterval: 200,
  });
  backends.push(started);
  return started;
}

const pdf = (text: string) =>
  new File([`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`], `${text}.pdf`, {
    type: 'application/pdf',
  });

/** A birth registration filed online by citizen-an at Phường Hoàn Kiếm. */
async function fileOnline(key: string): Promise<string> {
  const documents = [];
  for (const documentCode of ['TO-KHAI', 'GIAY-TO-TUY-THAN']) {
    const attachment = await citizen.attachments.upload({
      file: pdf(documentCode),
      procedureCode: '1.001193',
      documentCode,
    });
    documents.push({ documentCode, attachmentId: attachment.id });
  }
  const data = procedureSamples('birth-registration').valid as Record<string, unknown>;
  const draft = await citizen.dossiers.create({
    procedureCode: '1.001193',
    agencyId: 'SBX.UB.00070.T01',
    documents,
    data,
  });
  const submitted = await citizen.dossiers.submit(draft.id, { data }, { idempotencyKey: key });
  return submitted.id;
}

const statusesOf = async (id: string) => (await citizen.dossiers.history(id)).map((h) => h.status);

it(
  'processes a dossier from the feed to the returned result, verifying webhooks',
  { timeout: 120_000 },
  async () => {
    const first = await backend();
    const id = await fileOnline('node-backend-1');

    const asked = await citizen.dossiers.waitFor(id, {
      until: 5,
      timeout: 30_000,
      interval: 100,
      maxInterval: 200,
    });
    expect(asked.supplementPeriods).toHaveLength(1);
    await citizen.dossiers.supplement(id, { note: 'Đã bổ sung bản sao.' });
    const returned = await citizen.dossiers.waitFor(id, {
      until: 10,
      timeout: 30_000,
      interval: 100,
      maxInterval: 200,
    });
    expect(await statusesOf(id)).toEqual([1, 2, 4, 5, 4, 9, 10]);
    const result = returned.resultDocuments[0];
    expect(result?.attachmentId).toMatch(/^att_/);
    const file = await citizen.attachments.download(result?.attachmentId ?? '');
    expect(await file.text()).toContain('%PDF-1.4');
    expect(first.stats.webhooksVerified).toBeGreaterThan(0);

    // A delivery not signed with the endpoint's secret is refused and wakes nothing.
    const forged = await fetch(first.webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'msg_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,AAAA',
      },
      body: '{}',
    });
    expect(forged.status).toBe(400);
    expect(first.stats.webhooksRefused).toBe(1);
    await first.close();
    backends.splice(0);

    // Restarted on the stored cursor: only the new dossier is handled; the first is left alone.
    const second = await backend();
    const next = await fileOnline('node-backend-2');
    await citizen.dossiers.waitFor(next, { until: 5, timeout: 30_000, interval: 100, maxInterval: 200 });
    await second.sync();
    expect(await statusesOf(id)).toEqual([1, 2, 4, 5, 4, 9, 10]);
    expect(await statusesOf(next)).toEqual([1, 2, 4, 5]);
    expect(second.stats.events).toBe(4);
  },
);
