/**
 * Issue 14, item 1: the agency API over real HTTP. An agency sees and acts on its own dossiers only
 * (another agency's are 404), officials and agency systems (client credentials bound to an agency)
 * both work, each action leaves a progress entry the citizen sees, and a dossier goes from the
 * counter to the citizen's rating.
 */
import { createHash } from 'node:crypto';
import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  act,
  agencySystemToken,
  BEN_THANH,
  filedAtCounter,
  HOAN_KIEM,
  type AgencyDossier,
} from './support/agency.js';
import { pdfBytes } from './support/attachments.js';
import { clientToken, personaToken } from './support/clients.js';
import { MONDAY_9AM, type Dossier } from './support/dossiers.js';
import { call, startSandbox, type Page } from './support/http.js';
import { decide, submittedBirth, type Payment } from './support/payments.js';

const clock = manualClock(MONDAY_9AM);
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ clock, lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

describe('who sees what', () => {
  it("lists and reads only the caller's agency's dossiers; another agency's is a 404", async () => {
    const online = await submittedBirth(sandbox, 'iso-1');
    const mine = await call<Page<Dossier>>(sandbox, 'GET', '/v1/agency/dossiers?limit=100', {
      as: HOAN_KIEM,
    });
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((d) => d.id)).toContain(online.id);
    expect(mine.body.data.every((d) => d.agencyId === 'SBX.UB.00070.T01')).toBe(true);

    const theirs = await call<Page<Dossier>>(sandbox, 'GET', '/v1/agency/dossiers', { as: BEN_THANH });
    expect(theirs.body.data.map((d) => d.id)).not.toContain(online.id);
    expect((await call(sandbox, 'GET', `/v1/agency/dossiers/${online.id}`, { as: BEN_THANH })).status).toBe(
      404,
    );
    const foreign = await act(sandbox, online.id, 'receive', {}, BEN_THANH);
    expect(foreign.status).toBe(404);

    const read = await call<AgencyDossier>(sandbox, 'GET', `/v1/agency/dossiers/${online.id}`, {
      as: HOAN_KIEM,
    });
    expect(read.body.dossier.id).toBe(online.id);
    expect(read.body.history.map((h) => h.status)).toEqual([1]);
  });

  it('lets an agency system with client credentials list, read and act; refuses others with 403', async () => {
    const online = await submittedBirth(sandbox, 'iso-2');
    const token = await agencySystemToken(sandbox);
    const list = await call<Page<Dossier>>(sandbox, 'GET', '/v1/agency/dossiers?limit=100', { as: token });
    expect(list.status).toBe(200);
    expect(list.body.data.map((d) => d.id)).toContain(online.id);
    const received = await act(sandbox, online.id, 'receive', { handler: 'Phạm Thị Lan' }, token);
    expect(received.status).toBe(200);
    expect(received.body.status).toBe(2);

    const other = await agencySystemToken(sandbox, 'sandbox-agency-ben-thanh');
    expect((await call(sandbox, 'GET', `/v1/agency/dossiers/${online.id}`, { as: other })).status).toBe(404);
    const readOnly = await agencySystemToken(sandbox, 'sandbox-agency-hoan-kiem', 'agency.read');
    const denied = await call(sandbox, 'POST', `/v1/agency/dossiers/${online.id}/start`, {
      as: readOnly,
      json: {},
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('insufficient_scope');

    const server = await call(sandbox, 'GET', '/v1/agency/dossiers', {
      as: await clientToken(sandbox, 'webhooks'),
    });
    expect(server.status).toBe(403);
    expect(server.body.error.code).toBe('insufficient_scope');
    expect((await call(sandbox, 'GET', '/v1/agency/dossiers', { as: 'citizen-an' })).status).toBe(403);
    expect((await call(sandbox, 'GET', '/v1/agency/dossiers', { as: 'sandbox-admin' })).status).toBe(403);
    // An official is not a citizen: the citizen's routes stay closed to it.
    expect((await call(sandbox, 'GET', '/v1/dossiers', { as: HOAN_KIEM })).status).toBe(403);
  });
});

describe('officials', () => {
  it('lists the officials and logs one in through OpenID Connect with an agency role', async () => {
    const list = await call<{ data: { id: string; agencyId: string; token: string }[] }>(
      sandbox,
      'GET',
      '/v1/auth/officials',
    );
    expect(list.body.data.map((o) => o.agencyId)).toEqual([
      'SBX.UB.00070.T01',
      'SBX.CA.00070.T01',
      'SBX.CA.00.T01',
      'SBX.UB.26743.T79',
    ]);
    const token = await personaToken(sandbox, 'official-hoan-kiem', 'openid profile agency.read');
    const me = await call<Record<string, unknown>>(sandbox, 'GET', '/v1/auth/userinfo', { as: token });
    expect(me.body).toEqual({
      sub: 'official-hoan-kiem',
      account_type: 'official',
      name: 'Phạm Thị Lan',
      agency_id: 'SBX.UB.00070.T01',
      department: 'Bộ phận Một cửa Phường Hoàn Kiếm',
      role: 'reception',
    });
    const online = await submittedBirth(sandbox, 'oidc-1');
    const read = await call<AgencyDossier>(sandbox, 'GET', `/v1/agency/dossiers/${online.id}`, { as: token });
    expect(read.status).toBe(200);
    const denied = await call(sandbox, 'POST', `/v1/agency/dossiers/${online.id}/receive`, {
      as: token,
      json: {},
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('insufficient_scope');
  });
});

describe('the lifecycle clock', () => {
  it('leaves the dossiers an agency handles to the agency', async () => {
    const localClock = manualClock(MONDAY_9AM);
    const local = await startSandbox({ clock: localClock });
    try {
      const counter = (await filedAtCounter(local)).body.id;
      const online = await submittedBirth(local, 'clock-1');
      const other = await submittedBirth(local, 'clock-2');
      expect((await act(local, online.id, 'receive')).body.status).toBe(2);
      localClock.advance(3 * 3600_000);
      const statusOf = async (id: string): Promise<number | null> =>
        (await call<AgencyDossier>(local, 'GET', `/v1/agency/dossiers/${id}`, { as: HOAN_KIEM })).body.dossier
          .status;
      expect(await statusOf(counter)).toBe(1);
      expect(await statusOf(online.id)).toBe(2);
      // A dossier no agency touched still moves on its own.
      expect(await statusOf(other.id)).toBe(10);
    } finally {
      await local.close();
    }
  });
});

describe('filters and pages', () => {
  it('filters by status, procedure, received since, due before and overdue, in cursor pages', async () => {
    const local = await startSandbox({ clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });
    try {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) ids.push((await filedAtCounter(local)).body.id);
      const [a, b] = ids as [string, string];
      await act(local, a, 'receive');
      await act(local, b, 'receive');
      const received = await call<Page<Dossier>>(local, 'GET', '/v1/agency/dossiers?status=2', {
        as: HOAN_KIEM,
      });
      expect(received.body.data.map((d) => d.id).sort()).toEqual([a, b].sort());
      const due = received.body.data[0]?.appointmentDate ?? '';
      const before = await call<Page<Dossier>>(
        local,
        'GET',
        `/v1/agency/dossiers?dueBefore=${encodeURIComponent(due)}`,
        {
          as: HOAN_KIEM,
        },
      );
      expect(before.body.data).toEqual([]);
      const after = new Date(Date.parse(due) + 1).toISOString();
      const dueSoon = await call<Page<Dossier>>(local, 'GET', `/v1/agency/dossiers?dueBefore=${after}`, {
        as: HOAN_KIEM,
      });
      expect(dueSoon.body.data).toHaveLength(2);
      expect(
        (await call<Page<Dossier>>(local, 'GET', '/v1/agency/dossiers?overdue=true', { as: HOAN_KIEM })).body
          .data,
      ).toEqual([]);
      const later = new Date(Date.parse(due) + 60_000).toISOString();
      await call(local, 'POST', '/v1/sandbox/dossiers/' + a + '/advance', {
        as: 'sandbox-admin',
        json: { extension: { appointmentDate: later, reason: 'x' } },
      });
      (local as unknown as { clock?: unknown }).clock = undefined;
      const since = await call<Page<Dossier>>(
        local,
        'GET',
        `/v1/agency/dossiers?receivedSince=2030-01-01T00:00:00Z`,
        {
          as: HOAN_KIEM,
        },
      );
      expect(since.body.data).toEqual([]);
      expect(
        (
          await call<Page<Dossier>>(local, 'GET', '/v1/agency/dossiers?procedureCode=1.004222', {
            as: HOAN_KIEM,
          })
        ).body.data,
      ).toEqual([]);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = cursor === null ? '' : `&cursor=${cursor}`;
        const page: Awaited<ReturnType<typeof call<Page<Dossier>>>> = await call<Page<Dossier>>(
          local,
          'GET',
          `/v1/agency/dossiers?limit=2${query}`,
          { as: HOAN_KIEM },
        );
        seen.push(...page.body.data.map((d) => d.id));
        cursor = page.body.nextCursor;
      } while (cursor !== null);
      // Filed at the same instant: oldest first, then by id.
      expect(seen).toEqual([...ids].sort());
    } finally {
      await local.close();
    }
  });

  it('answers overdue dossiers once the appointment date has passed', async () => {
    const localClock = manualClock(MONDAY_9AM);
    const local = await startSandbox({ clock: localClock, lifecycle: { auto: false } });
    try {
      const id = (await filedAtCounter(local)).body.id;
      await act(local, id, 'receive');
      localClock.advance(10 * 24 * 3600_000);
      const overdue = await call<Page<Dossier>>(local, 'GET', '/v1/agency/dossiers?overdue=true', {
        as: HOAN_KIEM,
      });
      expect(overdue.body.data.map((d) => d.id)).toEqual([id]);
      const notOverdue = await call<Page<Dossier>>(local, 'GET', '/v1/agency/dossiers?overdue=false', {
        as: HOAN_KIEM,
      });
      expect(notOverdue.body.data).toEqual([]);
    } finally {
      await local.close();
    }
  });
});

describe('a dossier from the counter to the rating', () => {
  it('files at the counter, processes every step and shows each to the citizen', async () => {
    const filed = await filedAtCounter(sandbox, HOAN_KIEM, { 'idempotency-key': 'counter-1' });
    expect(filed.status).toBe(201);
    expect(filed.headers.get('idempotent-replayed')).toBe('false');
    const dossier = filed.body as Dossier & { channel: number };
    expect(dossier).toMatchObject({ status: 1, channel: 1, agencyId: 'SBX.UB.00070.T01' });
    expect(dossier.code).toMatch(/^SBX\.UB\.00070\.T01-261123-\d{4}$/);
    const again = await filedAtCounter(sandbox, HOAN_KIEM, { 'idempotency-key': 'counter-1' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(dossier.id);
    // The applicant's personal id is citizen-an's: it is in their list.
    const citizenList = await call<Page<Dossier>>(sandbox, 'GET', '/v1/dossiers?limit=100', {
      as: 'citizen-an',
    });
    expect(citizenList.body.data.map((d) => d.id)).toContain(dossier.id);

    const id = dossier.id;
    const received = await act(sandbox, id, 'receive', { note: 'Đã kiểm tra giấy tờ bản chính.' });
    // Monday 09:00 in Vietnam, one working day for a birth: Tuesday 17:00 (10:00 UTC).
    expect(received.body.appointmentDate).toBe('2026-11-24T10:00:00.000Z');
    expect((received.body as Dossier & { receivedAt: string }).receivedAt).toBe(MONDAY_9AM.toISOString());
    expect((await act(sandbox, id, 'start')).body.status).toBe(4);

    const supplement = await act(sandbox, id, 'request-supplement', {
      items: [{ documentCode: 'GIAY-CHUNG-SINH', description: 'Bản sao giấy chứng sinh.' }],
      deadline: '2026-11-30T10:00:00Z',
    });
    expect(supplement.body.status).toBe(5);
    expect(supplement.body).toMatchObject({
      supplementPeriods: [
        { startedAt: MONDAY_9AM.toISOString(), endedAt: null, deadline: '2026-11-30T10:00:00.000Z' },
      ],
    });
    clock.advance(3600_000);
    const answered = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${id}/supplement`, {
      as: 'citizen-an',
      json: { note: 'Đã bổ sung.' },
      headers: { 'idempotency-key': 'supp-1' },
    });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({
      status: 4,
      supplementPeriods: [{ endedAt: new Date(MONDAY_9AM.getTime() + 3600_000).toISOString() }],
    });

    const obligation = await act(sandbox, id, 'request-payment', {
      fees: [
        {
          code: 'LE-PHI-XAC-MINH',
          kind: 'charge',
          name: { vi: 'Lệ phí xác minh', en: 'Verification charge' },
          amount: 25000,
          quantity: 2,
        },
      ],
    });
    expect(obligation.body).toMatchObject({
      status: 6,
      obligationFees: [{ code: 'LE-PHI-XAC-MINH', total: 50000 }],
    });
    const payment = await call<Payment>(sandbox, 'POST', '/v1/payments', {
      as: 'citizen-an',
      json: { dossierId: id },
      headers: { 'idempotency-key': 'pay-1' },
    });
    expect(payment.status).toBe(201);
    expect(payment.body.lines.map((l) => l.code)).toContain('LE-PHI-XAC-MINH');
    await decide(sandbox, payment.body.id, 'approve');
    const afterPayment = await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${id}`, { as: 'citizen-an' });
    expect(afterPayment.body.status).toBe(4);

    const extended = await act(sandbox, id, 'extend', {
      appointmentDate: '2026-11-27T10:00:00Z',
      reason: 'Cần xác minh.',
    });
    expect(extended.body).toMatchObject({ status: 4, appointmentDate: '2026-11-27T10:00:00.000Z' });

    const pdf = pdfBytes('Giấy khai sinh');
    const completed = await act(sandbox, id, 'complete', {
      resultDocuments: [
        {
          code: 'KQ-GIAY-KHAI-SINH',
          name: 'Giấy khai sinh',
          number: '123/2026',
          file: { fileName: 'giay-khai-sinh.pdf', content: Buffer.from(pdf).toString('base64') },
        },
        { code: 'KQ-TRICH-LUC', name: 'Trích lục khai sinh (bản giấy)' },
      ],
    });
    expect(completed.status).toBe(200);
    const results = (
      completed.body as unknown as {
        resultDocuments: { attachmentId: string | null; number: string | null }[];
      }
    ).resultDocuments;
    expect(results.map((r) => r.number)).toEqual(['123/2026', null]);
    expect(results[1]?.attachmentId).toBeNull();
    const fileId = results[0]?.attachmentId ?? '';
    const download = await fetch(`${sandbox.url}/v1/attachments/${fileId}/content`, {
      headers: { authorization: 'Bearer sandbox-citizen-an' },
    });
    expect(download.status).toBe(200);
    expect(
      createHash('sha256')
        .update(new Uint8Array(await download.arrayBuffer()))
        .digest('hex'),
    ).toBe(createHash('sha256').update(pdf).digest('hex'));
    const agencyDownload = await fetch(
      `${sandbox.url}/v1/agency/dossiers/${id}/attachments/${fileId}/content`,
      {
        headers: { authorization: `Bearer ${HOAN_KIEM}` },
      },
    );
    expect(agencyDownload.status).toBe(200);
    await agencyDownload.arrayBuffer();

    const returned = await act(sandbox, id, 'return');
    expect(returned.body.status).toBe(10);

    const history = await call<{
      data: { status: number; handler: string; department: string; content: string }[];
    }>(sandbox, 'GET', `/v1/dossiers/${id}/history`, { as: 'citizen-an' });
    expect(history.body.data.map((h) => h.status)).toEqual([1, 2, 4, 5, 4, 6, 4, 4, 9, 10]);
    expect(history.body.data[1]).toMatchObject({
      handler: 'Phạm Thị Lan',
      department: 'Bộ phận Một cửa Phường Hoàn Kiếm',
      content: 'Đã kiểm tra giấy tờ bản chính.',
    });
    expect(history.body.data[7]?.content).toContain('Cần xác minh.');

    const read = await call<AgencyDossier>(sandbox, 'GET', `/v1/agency/dossiers/${id}`, { as: HOAN_KIEM });
    expect(read.body.attachments.map((a) => a.id)).toEqual([fileId]);

    const rating = await call<Dossier & { rating: unknown }>(sandbox, 'POST', `/v1/dossiers/${id}/rating`, {
      as: 'citizen-an',
      json: { score: 5, comment: 'Cán bộ hướng dẫn tận tình.' },
    });
    expect(rating.status).toBe(200);
    expect(rating.body.rating).toMatchObject({ score: 5, comment: 'Cán bộ hướng dẫn tận tình.' });
    const twice = await call(sandbox, 'POST', `/v1/dossiers/${id}/rating`, {
      as: 'citizen-an',
      json: { score: 4 },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_rated');
  });

  it('rates only a settled dossier, 1 to 5, and only its own', async () => {
    const id = (await filedAtCounter(sandbox)).body.id;
    const early = await call(sandbox, 'POST', `/v1/dossiers/${id}/rating`, {
      as: 'citizen-an',
      json: { score: 3 },
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('dossier_not_settled');
    expect((await act(sandbox, id, 'refuse', { reason: 'Sai thẩm quyền.' })).body.status).toBe(3);
    for (const score of [0, 6, 2.5]) {
      const bad = await call(sandbox, 'POST', `/v1/dossiers/${id}/rating`, {
        as: 'citizen-an',
        json: { score },
      });
      expect(bad.status).toBe(422);
    }
    expect(
      (await call(sandbox, 'POST', `/v1/dossiers/${id}/rating`, { as: 'citizen-hoa', json: { score: 1 } }))
        .status,
    ).toBe(404);
    expect(
      (await call(sandbox, 'POST', `/v1/dossiers/${id}/rating`, { as: 'citizen-an', json: { score: 1 } }))
        .status,
    ).toBe(200);
  });

  it('refuses bad action bodies with 422 and leaves the dossier as it was', async () => {
    const id = (await filedAtCounter(sandbox)).body.id;
    expect((await act(sandbox, id, 'refuse', {})).status).toBe(422);
    await act(sandbox, id, 'receive');
    await act(sandbox, id, 'start');
    const past = await act(sandbox, id, 'request-supplement', {
      items: [{ description: 'x' }],
      deadline: '2020-01-01T00:00:00Z',
    });
    expect(past.status).toBe(422);
    const notPdf = await act(sandbox, id, 'complete', {
      resultDocuments: [
        {
          code: 'KQ',
          name: 'Kết quả',
          file: { fileName: 'a.txt', content: Buffer.from('hello').toString('base64') },
        },
      ],
    });
    expect(notPdf.status).toBe(422);
    const read = await call<AgencyDossier>(sandbox, 'GET', `/v1/agency/dossiers/${id}`, { as: HOAN_KIEM });
    expect(read.body.dossier.status).toBe(4);
  });

  it('refuses a counter filing of a procedure the agency does not settle, or invalid data', async () => {
    const res = await call(sandbox, 'POST', '/v1/agency/dossiers', {
      as: HOAN_KIEM,
      json: { procedureCode: '3.000333', applicant: { fullName: 'Lê Văn Bình' }, data: {} },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.issues?.[0]?.code).toBe('agency_level_mismatch');
    const invalid = await call(sandbox, 'POST', '/v1/agency/dossiers', {
      as: HOAN_KIEM,
      json: { procedureCode: '1.001193', applicant: { fullName: 'Nguyễn Văn An' }, data: {} },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('dossier_invalid');
  });
});
