import { type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadForm, type Attachment } from './support/attachments.js';
import { birthDraft, validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { call, startSandbox, type Page } from './support/http.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

const keyed = (key: string | undefined): Record<string, string> =>
  key === undefined ? {} : { 'idempotency-key': key };

const createDraft = (json: unknown, key?: string, as = 'citizen-an') =>
  call<Dossier>(sandbox, 'POST', '/v1/dossiers', { as, json, headers: keyed(key) });

const uploadKeyed = (key: string | undefined, fileName = 'to-khai.pdf', as = 'citizen-an') =>
  call<Attachment>(sandbox, 'POST', '/v1/attachments', {
    as,
    form: uploadForm({ fileName }),
    headers: keyed(key),
  });

async function submitted(as = 'citizen-hoa'): Promise<Dossier> {
  const draft = await createDraft(await withBirthDocuments(sandbox, birthDraft, as), undefined, as);
  const res = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
    as,
    json: { data: validBirthData() },
    headers: { 'idempotency-key': `submit-${draft.body.id}` },
  });
  expect(res.status).toBe(200);
  return res.body;
}

describe('POST /v1/dossiers with an Idempotency-Key', () => {
  it('answers the same draft for the same key and body, 409 for another body, and a new draft without a key', async () => {
    const first = await createDraft(birthDraft, 'draft-1', 'citizen-binh');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBe('false');
    const again = await createDraft(birthDraft, 'draft-1', 'citizen-binh');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('location')).toBe(`/v1/dossiers/${first.body.id}`);
    expect(again.body).toEqual(first.body);
    const other = await createDraft({ ...birthDraft, data: { note: 1 } }, 'draft-1', 'citizen-binh');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    // The same key is another persona's own.
    const hoa = await createDraft(birthDraft, 'draft-1', 'citizen-hoa');
    expect(hoa.body.id).not.toBe(first.body.id);
    const plain = await createDraft(birthDraft, undefined, 'citizen-binh');
    expect(plain.headers.get('idempotent-replayed')).toBeNull();
    const mine = await call<Page<Dossier>>(sandbox, 'GET', '/v1/dossiers', { as: 'citizen-binh' });
    expect(mine.body.data.map((d) => d.id).sort()).toEqual([first.body.id, plain.body.id].sort());
  });

  it('does not remember a refused draft, so it can be fixed under the same key', async () => {
    const bad = await createDraft({ ...birthDraft, agencyId: '000.00.00.X00' }, 'draft-fix');
    expect(bad.status).toBe(422);
    expect((await createDraft(birthDraft, 'draft-fix')).status).toBe(201);
  });
});

describe('POST /v1/attachments with an Idempotency-Key', () => {
  it('stores the same upload once, and refuses the key with another file', async () => {
    const first = await uploadKeyed('upload-1');
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBe('false');
    const again = await uploadKeyed('upload-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await uploadKeyed('upload-1', 'another-name.pdf');
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    const plain = await uploadKeyed(undefined);
    expect(plain.body.id).not.toBe(first.body.id);
    expect(plain.headers.get('idempotent-replayed')).toBeNull();
  });
});

describe('POST /v1/dossiers/{id}/withdraw with an Idempotency-Key', () => {
  it('answers the withdrawn dossier again for the same key, 409 without it or with another body', async () => {
    const dossier = await submitted();
    const path = `/v1/dossiers/${dossier.id}/withdraw`;
    const first = await call<Dossier>(sandbox, 'POST', path, {
      as: 'citizen-hoa',
      json: { reason: 'Nộp nhầm' },
      headers: keyed('withdraw-1'),
    });
    expect(first.status).toBe(200);
    expect(first.body.status).toBe(7);
    expect(first.headers.get('idempotent-replayed')).toBe('false');
    const again = await call<Dossier>(sandbox, 'POST', path, {
      as: 'citizen-hoa',
      json: { reason: 'Nộp nhầm' },
      headers: keyed('withdraw-1'),
    });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await call(sandbox, 'POST', path, {
      as: 'citizen-hoa',
      json: { reason: 'Khác' },
      headers: keyed('withdraw-1'),
    });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    const unkeyed = await call(sandbox, 'POST', path, { as: 'citizen-hoa', json: { reason: 'Nộp nhầm' } });
    expect(unkeyed.status).toBe(409);
    const history = await call<{ data: { status: number }[] }>(
      sandbox,
      'GET',
      `/v1/dossiers/${dossier.id}/history`,
      {
        as: 'citizen-hoa',
      },
    );
    expect(history.body.data.filter((entry) => entry.status === 7)).toHaveLength(1);
  });
});

describe('one attachment, one submitted dossier', () => {
  it('refuses to submit a dossier whose attachment another submitted dossier holds (409)', async () => {
    const body = await withBirthDocuments(sandbox, birthDraft, 'citizen-an');
    const submit = (id: string) =>
      call<Dossier>(sandbox, 'POST', `/v1/dossiers/${id}/submit`, {
        as: 'citizen-an',
        json: { data: validBirthData() },
        headers: { 'idempotency-key': `reuse-${id}` },
      });
    const a = await createDraft(body);
    const b = await createDraft(body);
    expect((await submit(a.body.id)).status).toBe(200);
    const second = await submit(b.body.id);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ error: { code: 'attachment_in_use' } });
    const still = await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${b.body.id}`, { as: 'citizen-an' });
    expect(still.body.status).toBeNull();
  });
});
