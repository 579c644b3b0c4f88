import { ConflictError, createClient, NotFoundError, ValidationError } from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import {
  birthDraft,
  birthDraftWithDocuments,
  start,
  validBirthData,
  recordedClient,
} from './support/sandbox.js';

describe('client.dossiers', () => {
  it('creates, updates, lists, submits, reads the history of and withdraws a dossier', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const body = await birthDraftWithDocuments(client);
    const draft = await client.dossiers.create({ ...body, data: { declaration: true } });
    expect(draft).toMatchObject({ code: null, status: null, procedureCode: '1.001193' });

    const updated = await client.dossiers.update(draft.id, { data: validBirthData() });
    expect(updated.data).toEqual(validBirthData());
    expect((await client.dossiers.retrieve(draft.id)).id).toBe(draft.id);
    const drafts = await client.dossiers.list({ status: ['draft'] }).toArray({ limit: 10 });
    expect(drafts.map((d) => d.id)).toEqual([draft.id]);

    const submitted = await client.dossiers.submit(draft.id);
    expect(submitted.status).toBe(1);
    expect(submitted.code).toMatch(/^SBX\.UB\.00070\.T01-261123-\d{4}$/);
    const history = await client.dossiers.history(draft.id);
    expect(history.map((h) => h.status)).toEqual([1]);

    const withdrawn = await client.dossiers.withdraw(draft.id, { reason: 'Nộp nhầm' });
    expect(withdrawn.status).toBe(7);
  }, 20_000);

  it('sends an Idempotency-Key on drafts, uploads, submit and withdraw, the caller’s own when given', async () => {
    const { client, seen } = await recordedClient();
    // One set of documents per dossier: an attachment is filed in one submitted dossier only.
    const a = await client.dossiers.create(await birthDraftWithDocuments(client));
    const b = await client.dossiers.create(await birthDraftWithDocuments(client), {
      idempotencyKey: 'draft-2026-0042',
    });
    await client.dossiers.submit(a.id);
    await client.dossiers.submit(b.id, {}, { idempotencyKey: 'case-2026-0042' });
    const keys = seen.requests
      .filter((r) => r.url.endsWith('/submit'))
      .map((r) => r.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe('case-2026-0042');
    await client.dossiers.withdraw(a.id);
    const posts = seen.requests.filter((r) => r.method === 'POST');
    const made = posts.map((r) => r.headers.get('idempotency-key'));
    expect(posts.map((r) => new URL(r.url).pathname.replace(/dos_\w+/, '{id}'))).toEqual([
      ...['/v1/attachments', '/v1/attachments', '/v1/dossiers'],
      ...['/v1/attachments', '/v1/attachments', '/v1/dossiers'],
      ...['/v1/dossiers/{id}/submit', '/v1/dossiers/{id}/submit', '/v1/dossiers/{id}/withdraw'],
    ]);
    expect(made[5]).toBe('draft-2026-0042');
    expect(made.filter((k) => k !== 'draft-2026-0042' && k !== 'case-2026-0042')).toHaveLength(7);
    expect(new Set(made).size).toBe(9);
    for (const key of made.filter((k) => k !== 'draft-2026-0042' && k !== 'case-2026-0042'))
      expect(key).toMatch(/^[0-9a-f]{32}$/);
    // The same key with another body is a conflict, never retried.
    const c = await client.dossiers.create(await birthDraftWithDocuments(client));
    const reused = client.dossiers.submit(
      c.id,
      { data: validBirthData() },
      { idempotencyKey: 'case-2026-0042' },
    );
    await expect(reused).rejects.toBeInstanceOf(ConflictError);
    // Six uploads, four dossiers: slow on a shared, loaded machine.
  }, 20_000);

  it('turns a 422 into a ValidationError whose issues are keyed by JSON Pointer', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an', language: 'en' });
    const data = validBirthData();
    (data['mother'] as Record<string, unknown>)['personalId'] = '12';
    const draft = await client.dossiers.create({ ...(await birthDraftWithDocuments(client)), data });
    const error = (await client.dossiers.submit(draft.id).catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: 'dossier_invalid', retryable: false });
    expect(error.requestId).toMatch(/^req_/);
    expect(Object.keys(error.issues)).toContain('/mother/personalId');
    expect(error.message).toBe('The dossier is not valid.');
  });

  it('answers NotFoundError for another persona’s dossier', async () => {
    const sandbox = await start();
    const an = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const binh = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-binh' });
    const draft = await an.dossiers.create({ ...birthDraft });
    await expect(binh.dossiers.retrieve(draft.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('client.dossiers.supplement', () => {
  it('answers a supplement request with new data (keyed), and processing resumes', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const admin = createClient({ baseUrl: sandbox.api, auth: 'sandbox-admin' });
    const body = await birthDraftWithDocuments(client);
    const draft = await client.dossiers.create(body);
    await client.dossiers.submit(draft.id);
    for (const status of [2, 4, 5])
      await admin.request({
        method: 'POST',
        path: `/sandbox/dossiers/${draft.id}/advance`,
        body: { status },
      });
    expect((await client.dossiers.retrieve(draft.id)).status).toBe(5);
    const data = { ...validBirthData(), resultCopies: 3 };
    const resumed = await client.dossiers.supplement(draft.id, { note: 'Bổ sung số bản sao', data });
    expect(resumed.status).toBe(4);
    expect(resumed.data).toEqual(data);
    expect((await client.dossiers.history(draft.id)).map((h) => h.status)).toEqual([1, 2, 4, 5, 4]);
  });
});
