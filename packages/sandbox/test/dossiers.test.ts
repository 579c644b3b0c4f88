import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { procedureSamples } from '@dvc-kit/procedures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  birthDraft,
  MONDAY_9AM,
  validBirthData,
  withBirthDocuments,
  type Dossier,
} from './support/dossiers.js';
import { call, startSandbox, type Page } from './support/http.js';

let sandbox: Sandbox;
const clock = manualClock(MONDAY_9AM);
beforeAll(async () => {
  sandbox = await startSandbox({ clock });
});
afterAll(() => sandbox.close());

const create = async (json?: unknown, as = 'citizen-an') =>
  call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
    as,
    json: json ?? (await withBirthDocuments(sandbox, birthDraft, as)),
  });
const submit = (id: string, key: string | undefined, json?: unknown, as = 'citizen-an') =>
  call<Dossier>(sandbox, 'POST', `/v1/dossiers/${id}/submit`, {
    as,
    ...(json === undefined ? {} : { json }),
    ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
  });

describe('drafts', () => {
  it('creates a draft with no code or status, and a Location', async () => {
    const res = await create({ ...birthDraft, data: { child: { fullName: 'Nguyễn Minh Khang' } } });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/dossiers/${res.body.id}`);
    expect(res.body).toMatchObject({ code: null, status: null, applicantType: 1, fees: [], feeTotal: 0 });
    const got = await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${res.body.id}`, { as: 'citizen-an' });
    expect(got.body).toEqual(res.body);
  });

  it('refuses an unknown procedure, an unknown agency or one of the wrong level', async () => {
    const unknown = await create({ ...birthDraft, procedureCode: '9.999999' });
    expect(unknown.status).toBe(422);
    expect(
      (unknown.body as unknown as { error: { issues: { pointer: string; code: string }[] } }).error.issues,
    ).toEqual([expect.objectContaining({ pointer: '/procedureCode', code: 'unknown_procedure' })]);
    const wrongLevel = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: { ...birthDraft, agencyId: 'SBX.CA.00.T01' },
    });
    expect(wrongLevel.body.error.issues?.map((i) => i.code)).toEqual(['agency_level_mismatch']);
    // The same level but the wrong kind: commune police do not register births.
    const police = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: { ...birthDraft, agencyId: 'SBX.CA.00070.T01' },
    });
    expect(police.body.error.issues?.map((i) => i.code)).toEqual(['agency_level_mismatch']);
    const noAgency = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: { ...birthDraft, agencyId: 'SBX.UB.99999.T01' },
    });
    expect(noAgency.body.error.issues?.map((i) => i.code)).toEqual(['unknown_agency']);
    const enterprise = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: { ...birthDraft, applicantType: 2 },
    });
    expect(enterprise.body.error.issues?.map((i) => i.pointer)).toEqual(['/applicantType']);
  });

  it('updates a draft: data replaces the data', async () => {
    const draft = (await create({ ...birthDraft, data: { declaration: true } })).body;
    clock.advance(1000);
    const res = await call<Dossier>(sandbox, 'PATCH', `/v1/dossiers/${draft.id}`, {
      as: 'citizen-an',
      json: { data: { resultCopies: 1 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ resultCopies: 1 });
    expect(res.body.updatedAt > draft.updatedAt).toBe(true);
    const empty = await call(sandbox, 'PATCH', `/v1/dossiers/${draft.id}`, { as: 'citizen-an', json: {} });
    expect(empty.status).toBe(422);
  });

  it("hides another persona's dossier behind a 404 and changes nothing", async () => {
    const draft = (await create()).body;
    for (const [method, path, json] of [
      ['GET', `/v1/dossiers/${draft.id}`, undefined],
      ['PATCH', `/v1/dossiers/${draft.id}`, { data: {} }],
      ['GET', `/v1/dossiers/${draft.id}/history`, undefined],
    ] as const) {
      const res = await call(sandbox, method, path, {
        as: 'citizen-hoa',
        ...(json === undefined ? {} : { json }),
      });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const stolen = await submit(draft.id, 'k-steal', { data: validBirthData() }, 'citizen-hoa');
    expect(stolen.status).toBe(404);
    const mine = await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${draft.id}`, { as: 'citizen-an' });
    expect(mine.body).toEqual(draft);
  });
});

describe('submit', () => {
  it('requires an Idempotency-Key', async () => {
    const draft = (await create({ ...birthDraft, data: validBirthData() })).body;
    const res = await submit(draft.id, undefined);
    expect(res.status).toBe(400);
    expect((res.body as unknown as { error: { code: string } }).error.code).toBe('idempotency_key_required');
    const tooLong = await call(sandbox, 'POST', `/v1/dossiers/${draft.id}/submit`, {
      as: 'citizen-an',
      headers: { 'idempotency-key': 'k'.repeat(256) },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.code).toBe('invalid_header');
  });

  it('answers 422 dossier_invalid with pointers into the data, and stores nothing', async () => {
    const sample = procedureSamples('birth-registration').invalid[0]!;
    const draft = (await create(await withBirthDocuments(sandbox, { ...birthDraft, data: sample.data })))
      .body;
    const res = await call(sandbox, 'POST', `/v1/dossiers/${draft.id}/submit`, {
      as: 'citizen-an',
      headers: { 'idempotency-key': 'k-invalid' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('dossier_invalid');
    expect(res.body.error.issues?.map(({ pointer, code }) => ({ pointer, code }))).toEqual(
      sample.expectedIssues,
    );
    const after = await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${draft.id}`, { as: 'citizen-an' });
    expect(after.body).toEqual(draft);
  });

  it('gives the dossier its code, status 1 and fees; the appointment date waits for receipt; history starts', async () => {
    const draft = (await create()).body;
    const res = await submit(draft.id, 'k-valid', { data: validBirthData() });
    expect(res.status).toBe(200);
    expect(res.headers.get('idempotent-replayed')).toBe('false');
    expect(res.body.code).toMatch(/^SBX\.UB\.00070\.T01-261123-\d{4}$/);
    expect(res.body.status).toBe(1);
    expect(res.body.feeTotal).toBe(16_000);
    // The sample child was born on 2 October 2026: 52 days before, on time.
    expect(res.body.fees.map((f) => f.code)).toEqual(['LP-KS-DUNG-HAN', 'PHI-BAN-SAO-GKS']);
    // The time runs from the receipt of a complete dossier (status 2), not from submission.
    expect(res.body.appointmentDate).toBeNull();
    const history = await call<{ data: { status: number }[] }>(
      sandbox,
      'GET',
      `/v1/dossiers/${draft.id}/history`,
      {
        as: 'citizen-an',
      },
    );
    expect(history.body.data.map((e) => e.status)).toEqual([1]);
  });

  it('numbers codes per agency and day', async () => {
    const first = await create();
    const second = await create();
    const a = await submit(first.body.id, 'seq-1', { data: validBirthData() });
    const b = await submit(second.body.id, 'seq-2', { data: validBirthData() });
    const seq = (code: string | null) => Number(code?.slice(-4));
    expect(seq(b.body.code)).toBe(seq(a.body.code) + 1);
  });

  it('answers the same dossier for the same key and body, 409 for another body or key', async () => {
    const draft = (await create()).body;
    const body = { data: validBirthData() };
    const first = await submit(draft.id, 'k-retry', body);
    const again = await submit(draft.id, 'k-retry', { data: { ...validBirthData() } });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    const other = await call(sandbox, 'POST', `/v1/dossiers/${draft.id}/submit`, {
      as: 'citizen-an',
      json: { data: { ...validBirthData(), resultCopies: 3 } },
      headers: { 'idempotency-key': 'k-retry' },
    });
    expect(other.status).toBe(409);
    expect(other.body.error.code).toBe('idempotency_key_reused');
    const twice = await call(sandbox, 'POST', `/v1/dossiers/${draft.id}/submit`, {
      as: 'citizen-an',
      headers: { 'idempotency-key': 'k-second' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('dossier_not_editable');
    const edit = await call(sandbox, 'PATCH', `/v1/dossiers/${draft.id}`, {
      as: 'citizen-an',
      json: { data: {} },
    });
    expect(edit.body.error.code).toBe('dossier_not_editable');
  });

  it('forgets a key after 24 hours', async () => {
    const first = (await create()).body;
    await submit(first.id, 'k-day', { data: validBirthData() });
    clock.advance(24 * 60 * 60 * 1000);
    const second = (await create()).body;
    const reused = await submit(second.id, 'k-day', { data: validBirthData() });
    expect(reused.status).toBe(200);
    expect(reused.body.id).toBe(second.id);
    expect(reused.headers.get('idempotent-replayed')).toBe('false');
  });

  it('keeps idempotency keys per persona', async () => {
    const mine = (await create()).body;
    const hers = (await create(undefined, 'citizen-hoa')).body;
    const a = await submit(mine.id, 'shared-key', { data: validBirthData() });
    const b = await submit(hers.id, 'shared-key', { data: validBirthData() }, 'citizen-hoa');
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body.id).toBe(hers.id);
  });
});

describe('list, withdraw', () => {
  it('lists my dossiers newest first, filtered by status, with pagination', async () => {
    const all = await call<Page<Dossier>>(sandbox, 'GET', '/v1/dossiers?limit=100', { as: 'citizen-an' });
    expect(all.body.data.length).toBeGreaterThan(5);
    const drafts = await call<Page<Dossier>>(sandbox, 'GET', '/v1/dossiers?status=draft&limit=100', {
      as: 'citizen-an',
    });
    expect(drafts.body.data.every((d) => d.status === null)).toBe(true);
    const submitted = await call<Page<Dossier>>(
      sandbox,
      'GET',
      '/v1/dossiers?status=1,2,3,4,5,6,7,8,9,10&limit=100',
      { as: 'citizen-an' },
    );
    expect(submitted.body.data.every((d) => d.status !== null)).toBe(true);
    const returned = await call<Page<Dossier>>(sandbox, 'GET', '/v1/dossiers?status=10&status=7&limit=100', {
      as: 'citizen-an',
    });
    expect(returned.body.data.length).toBeGreaterThan(0);
    expect(returned.body.data.every((d) => d.status === 10 || d.status === 7)).toBe(true);
    expect(drafts.body.data.length + submitted.body.data.length).toBe(all.body.data.length);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page: { body: Page<Dossier> } = await call<Page<Dossier>>(
        sandbox,
        'GET',
        `/v1/dossiers?limit=2${query}`,
        { as: 'citizen-an' },
      );
      ids.push(...page.body.data.map((d) => d.id));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(ids).toEqual(all.body.data.map((d) => d.id));
    const hers = await call<Page<Dossier>>(sandbox, 'GET', '/v1/dossiers?limit=100', { as: 'citizen-hoa' });
    expect(hers.body.data.some((d) => ids.includes(d.id))).toBe(false);
    const bad = await call(sandbox, 'GET', '/v1/dossiers?status=11', { as: 'citizen-an' });
    expect(bad.status).toBe(400);
  });

  it('withdraws a submitted dossier, not a draft', async () => {
    const draft = (await create()).body;
    const early = await call(sandbox, 'POST', `/v1/dossiers/${draft.id}/withdraw`, { as: 'citizen-an' });
    expect(early.status).toBe(409);
    await submit(draft.id, 'k-withdraw', { data: validBirthData() });
    const res = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.id}/withdraw`, {
      as: 'citizen-an',
      json: { reason: 'Tôi nộp nhầm thủ tục.' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe(7);
    const history = await call<{ data: { status: number }[] }>(
      sandbox,
      'GET',
      `/v1/dossiers/${draft.id}/history`,
      {
        as: 'citizen-an',
      },
    );
    expect(history.body.data.map((e) => e.status)).toEqual([1, 7]);
  });
});
