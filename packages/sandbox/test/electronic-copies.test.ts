/**
 * Issue 13, item 5: "Dùng bản điện tử đã có". The profile lists the electronic copies a persona
 * holds, and a dossier may refer to one (`{ documentCode, electronicCopyId }`) instead of an
 * uploaded scan where the component allows an `electronic-copy` replacement from its source.
 */
import { procedureSamples } from '@dvc-kit/procedures';
import type { ErrorBody, Sandbox } from '@dvc-kit/sandbox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { birthDraft, validBirthData, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ lifecycle: { auto: false } });
});
afterEach(async () => {
  await sandbox.close();
});

interface ProfileBody {
  fullName: string;
  electronicCopies?: { id: string; documentCodes: string[]; source: string; name: { vi: string } }[];
}

/** A death registration at the People's Committee of Phường Hoàn Kiếm. */
const deathDraft = { procedureCode: '1.000656', agencyId: 'SBX.UB.00070.T01' };
const deathData = (): Record<string, unknown> =>
  procedureSamples('death-registration').valid as Record<string, unknown>;

async function create(as: string, body: Record<string, unknown>, key: string) {
  return call<Dossier & { documents: unknown[] }>(sandbox, 'POST', '/v1/dossiers', {
    as,
    json: body,
    headers: { 'idempotency-key': key, 'accept-language': 'en' },
  });
}

async function submit(as: string, id: string, data: Record<string, unknown>, key: string) {
  return call<Dossier & { documents: unknown[] }>(sandbox, 'POST', `/v1/dossiers/${id}/submit`, {
    as,
    json: { data },
    headers: { 'idempotency-key': key, 'accept-language': 'en' },
  });
}

// Sandboxes start per test and the machine is shared: generous timeouts, never timing.
describe('electronic copies', { timeout: 30_000 }, () => {
  it('lists the copies a persona holds in the profile', async () => {
    const res = await call<ProfileBody>(sandbox, 'GET', '/v1/profile', { as: 'citizen-an' });
    expect(res.status).toBe(200);
    const copy = res.body.electronicCopies?.find((c) => c.id === 'ec_an_giay_chung_sinh');
    expect(copy).toMatchObject({
      documentCodes: ['GIAY-CHUNG-SINH'],
      source: 'data-store',
      name: { vi: 'Giấy chứng sinh điện tử' },
    });
  });

  it('files a dossier whose required document is an electronic copy, with no upload', async () => {
    const documents = [{ documentCode: 'GIAY-BAO-TU', electronicCopyId: 'ec_hoa_giay_bao_tu' }];
    const created = await create('citizen-hoa', { ...deathDraft, documents }, 'death-create');
    expect(created.status, created.text).toBe(201);
    expect(created.body.documents).toEqual(documents);
    const submitted = await submit('citizen-hoa', created.body.id, deathData(), 'death-submit');
    expect(submitted.status, submitted.text).toBe(200);
    expect(submitted.body.status).not.toBeNull();
    expect(submitted.body.code).toMatch(/^SBX\.UB\.00070\.T01-\d{6}-\d{4,6}$/);
    expect(submitted.body.documents).toEqual(documents);
  });

  it('still asks for the document when no copy and no file is given', async () => {
    const created = await create('citizen-hoa', deathDraft, 'bare-create');
    expect(created.status).toBe(201);
    const res = await submit('citizen-hoa', created.body.id, deathData(), 'bare-submit');
    expect(res.status).toBe(422);
    expect((res.body as unknown as ErrorBody).error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/documents/GIAY-BAO-TU', code: 'document_required' }),
    );
  });

  it("refuses another persona's copy as unknown", async () => {
    const res = await create(
      'citizen-an',
      { ...deathDraft, documents: [{ documentCode: 'GIAY-BAO-TU', electronicCopyId: 'ec_hoa_giay_bao_tu' }] },
      'other-create',
    );
    expect(res.status).toBe(422);
    expect((res.body as unknown as ErrorBody).error.issues).toContainEqual(
      expect.objectContaining({ pointer: '/documents/0/electronicCopyId', code: 'unknown_electronic_copy' }),
    );
  });

  it('refuses a copy for a component that does not accept one, and a copy listed twice', async () => {
    const res = await create(
      'citizen-an',
      {
        ...birthDraft,
        documents: [
          // Identity papers are shown, not replaced by an electronic copy.
          { documentCode: 'GIAY-TO-TUY-THAN', electronicCopyId: 'ec_an_cccd' },
          // The birth-certificate copy stands for the birth certificate only.
          { documentCode: 'TO-KHAI', electronicCopyId: 'ec_an_giay_chung_sinh' },
        ],
      },
      'wrong-create',
    );
    expect(res.status).toBe(422);
    const issues = (res.body as unknown as ErrorBody).error.issues;
    expect(issues).toContainEqual(
      expect.objectContaining({
        pointer: '/documents/0/electronicCopyId',
        code: 'electronic_copy_not_accepted',
      }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({
        pointer: '/documents/1/electronicCopyId',
        code: 'electronic_copy_not_accepted',
      }),
    );
    const twice = await create(
      'citizen-an',
      {
        ...birthDraft,
        documents: [
          { documentCode: 'GIAY-CHUNG-SINH', electronicCopyId: 'ec_an_giay_chung_sinh' },
          { documentCode: 'GIAY-CHUNG-SINH', electronicCopyId: 'ec_an_giay_chung_sinh' },
        ],
      },
      'twice-create',
    );
    expect(twice.status).toBe(422);
    expect((twice.body as unknown as ErrorBody).error.issues).toContainEqual(
      expect.objectContaining({
        pointer: '/documents/1/electronicCopyId',
        code: 'duplicate_electronic_copy',
      }),
    );
  });

  it('files a birth registration with the electronic birth certificate, and reuses it in a second dossier', async () => {
    const documents = [{ documentCode: 'GIAY-CHUNG-SINH', electronicCopyId: 'ec_an_giay_chung_sinh' }];
    for (const n of [1, 2]) {
      const created = await create('citizen-an', { ...birthDraft, documents }, `birth-create-${n}`);
      expect(created.status, created.text).toBe(201);
      const res = await submit('citizen-an', created.body.id, validBirthData(), `birth-submit-${n}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body.documents).toEqual(documents);
    }
  });

  it('refuses a document naming both an attachment and a copy (the contract)', async () => {
    const res = await create(
      'citizen-an',
      {
        ...birthDraft,
        documents: [
          {
            documentCode: 'GIAY-CHUNG-SINH',
            electronicCopyId: 'ec_an_giay_chung_sinh',
            attachmentId: 'att_0123456789abcdef01234567',
          },
        ],
      },
      'both-create',
    );
    expect([400, 422]).toContain(res.status);
  });
});
