/** Issue 15, item 9: supplement applies submit's document rules to the documents it adds. */
import type { ErrorBody, Sandbox } from '@dvc-kit/sandbox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upload } from './support/attachments.js';
import { birthDraft, validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ lifecycle: { auto: false } });
});
afterEach(async () => {
  await sandbox.close();
});

interface Ref {
  documentCode: string;
  attachmentId: string;
}

async function submittedWith(draft: Record<string, unknown>, key: string): Promise<Dossier> {
  const created = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', { as: 'citizen-an', json: draft });
  expect(created.status).toBe(201);
  const res = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${created.body.id}/submit`, {
    as: 'citizen-an',
    json: { data: validBirthData() },
    headers: { 'idempotency-key': key },
  });
  expect(res.status).toBe(200);
  return res.body;
}

/** A submitted birth dossier (TO-KHAI and GIAY-TO-TUY-THAN attached) waiting for a supplement. */
async function awaitingSupplement(): Promise<{ dossier: Dossier; refs: Ref[] }> {
  const draft = await withBirthDocuments(sandbox);
  const dossier = await submittedWith(draft, 'submit-1');
  for (const status of [2, 4, 5]) {
    const res = await call(sandbox, 'POST', `/v1/sandbox/dossiers/${dossier.id}/advance`, {
      as: 'sandbox-admin',
      json: { status, ...(status === 5 ? { note: 'Bổ sung giấy chứng sinh.' } : {}) },
    });
    expect(res.status).toBe(200);
  }
  return { dossier, refs: draft['documents'] as Ref[] };
}

async function uploaded(documentCode: string): Promise<Ref> {
  const res = await upload(sandbox, { documentCode, fileName: `${documentCode.toLowerCase()}.pdf` });
  expect(res.status).toBe(201);
  return { documentCode, attachmentId: res.body.id };
}

const supplement = <T = ErrorBody>(id: string, documents: Ref[], key: string) =>
  call<T>(sandbox, 'POST', `/v1/dossiers/${id}/supplement`, {
    as: 'citizen-an',
    json: { note: 'Đã bổ sung.', documents },
    headers: { 'idempotency-key': key, 'accept-language': 'en' },
  });

const statusOf = async (id: string) =>
  (await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${id}`, { as: 'citizen-an' })).body.status;

describe('supplement documents', () => {
  it('refuses an attachment the dossier already holds (422 duplicate_attachment)', async () => {
    const { dossier, refs } = await awaitingSupplement();
    const res = await supplement(dossier.id, [refs[0]!], 'sup-dup');
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/documents/0/attachmentId', code: 'duplicate_attachment' }),
    );
    expect(await statusOf(dossier.id)).toBe(5);
  });

  it('refuses the same new attachment twice in one supplement', async () => {
    const { dossier } = await awaitingSupplement();
    const certificate = await uploaded('GIAY-CHUNG-SINH');
    const res = await supplement(dossier.id, [certificate, certificate], 'sup-twice');
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/documents/1/attachmentId', code: 'duplicate_attachment' }),
    );
    expect(await statusOf(dossier.id)).toBe(5);
  });

  it('refuses a second file for a one-file component (422 too_many_files)', async () => {
    const { dossier } = await awaitingSupplement();
    const second = await uploaded('TO-KHAI');
    const res = await supplement(dossier.id, [second], 'sup-second');
    expect(res.status).toBe(422);
    expect(res.body.error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/documents/0/documentCode', code: 'too_many_files' }),
    );
    expect(await statusOf(dossier.id)).toBe(5);
  });

  it('refuses an attachment another submitted dossier holds (409 attachment_in_use)', async () => {
    const { dossier } = await awaitingSupplement();
    const certificate = await uploaded('GIAY-CHUNG-SINH');
    await submittedWith({ ...birthDraft, documents: [certificate] }, 'submit-other');
    const res = await supplement(dossier.id, [certificate], 'sup-in-use');
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('attachment_in_use');
    expect(await statusOf(dossier.id)).toBe(5);
  });

  it('adds a new file for a component the dossier has no file for', async () => {
    const { dossier } = await awaitingSupplement();
    const certificate = await uploaded('GIAY-CHUNG-SINH');
    const res = await supplement<Dossier>(dossier.id, [certificate], 'sup-ok');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe(4);
    const stored = await call<Dossier & { documents: Ref[] }>(sandbox, 'GET', `/v1/dossiers/${dossier.id}`, {
      as: 'citizen-an',
    });
    expect(stored.body.documents.map((d) => d.documentCode)).toEqual([
      'TO-KHAI',
      'GIAY-TO-TUY-THAN',
      'GIAY-CHUNG-SINH',
    ]);
  });
});
