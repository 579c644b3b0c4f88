/**
 * Issue 14: `client.agency.dossiers` end to end against the sandbox over real HTTP — an agency
 * system signs in with client credentials, lists its agency's dossiers with `for await`, acts on
 * one (each call keyed, so retries never act twice), files at the counter, and the citizen rates.
 */
import { ConflictError, createClient, NotFoundError, type Dossier } from '@dvc-kit/sdk';
import { clientCredentials } from '@dvc-kit/sdk/server';
import { officials, sandboxClients, startSandbox } from '@dvc-kit/sdk/testing';
import { describe, expect, it } from 'vitest';
import { pdfBytes, recorder, start, validBirthData } from './support/sandbox.js';

const counterFiling = {
  procedureCode: '1.001193',
  applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345' },
  data: validBirthData(),
};

describe('client.agency.dossiers', () => {
  it('processes a dossier from the counter to the rating', { timeout: 60_000 }, async () => {
    const sandbox = await start();
    const rec = recorder();
    const agency = createClient({
      baseUrl: sandbox.api,
      auth: clientCredentials({
        tokenEndpoint: `${sandbox.api}/auth/token`,
        clientId: 'sandbox-agency-hoan-kiem',
        clientSecret: 'sandbox-agency-hoan-kiem-secret',
        scope: 'agency.read agency.write',
      }),
      middleware: [rec.middleware],
    });
    const filed = await agency.agency.dossiers.fileAtCounter(counterFiling);
    expect(filed).toMatchObject({ status: 1, channel: 1, agencyId: 'SBX.UB.00070.T01' });

    const seen: Dossier[] = [];
    for await (const dossier of agency.agency.dossiers.list({ status: 1, limit: 1 })) seen.push(dossier);
    expect(seen.map((d) => d.id)).toEqual([filed.id]);

    const received = await agency.agency.dossiers.receive(filed.id, { handler: 'Phạm Thị Lan' });
    expect(received.appointmentDate).toBe('2026-11-24T10:00:00.000Z');
    await agency.agency.dossiers.start(filed.id);
    const asked = await agency.agency.dossiers.requestSupplement(filed.id, {
      items: [{ description: 'Bản sao giấy chứng sinh.' }],
      deadline: '2026-11-30T10:00:00Z',
    });
    expect(asked.supplementPeriods).toHaveLength(1);

    const citizen = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    await citizen.dossiers.supplement(filed.id, { note: 'Đã bổ sung.' });
    await agency.agency.dossiers.extend(filed.id, {
      appointmentDate: new Date('2026-11-27T10:00:00Z').toISOString(),
      reason: 'Cần xác minh.',
    });
    const overdue = await agency.agency.dossiers
      .list({ overdue: true, dueBefore: new Date('2030-01-01') })
      .toArray({ limit: 10 });
    expect(overdue).toEqual([]);
    const completed = await agency.agency.dossiers.complete(filed.id, {
      resultDocuments: [
        {
          code: 'KQ-GIAY-KHAI-SINH',
          name: 'Giấy khai sinh',
          file: {
            fileName: 'giay-khai-sinh.pdf',
            content: Buffer.from(pdfBytes('Giấy khai sinh')).toString('base64'),
          },
        },
      ],
    });
    expect(completed.status).toBe(9);
    const returned = await agency.agency.dossiers.returnResult(filed.id);
    expect(returned.status).toBe(10);

    const read = await agency.agency.dossiers.retrieve(filed.id);
    expect(read.history.map((h) => h.status)).toEqual([1, 2, 4, 5, 4, 4, 9, 10]);
    const resultId = read.dossier.resultDocuments[0]?.attachmentId ?? '';
    const file = await agency.agency.dossiers.downloadAttachment(filed.id, resultId);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdfBytes('Giấy khai sinh'));
    const mine = await citizen.attachments.download(resultId);
    expect(mine.status).toBe(200);
    await mine.arrayBuffer();

    const rated = await citizen.dossiers.rate(filed.id, { score: 4, comment: 'Nhanh.' });
    expect(rated.rating).toMatchObject({ score: 4, comment: 'Nhanh.' });
    await expect(citizen.dossiers.rate(filed.id, { score: 5 })).rejects.toBeInstanceOf(ConflictError);

    // Every action carried an Idempotency-Key the client made.
    const actions = rec.requests.filter((r) => r.method === 'POST' && r.url.includes('/agency/'));
    expect(actions).toHaveLength(7);
    for (const r of actions) expect(r.headers.get('idempotency-key')).toMatch(/^[0-9a-f]{32}$/);
  });

  it("answers another agency's dossier with NotFoundError and a forbidden move with ConflictError", async () => {
    const sandbox = await start();
    const official = createClient({ baseUrl: sandbox.api, auth: 'sandbox-official-hoan-kiem' });
    const other = createClient({ baseUrl: sandbox.api, auth: 'sandbox-official-ben-thanh' });
    const filed = await official.agency.dossiers.fileAtCounter(counterFiling);
    await expect(other.agency.dossiers.retrieve(filed.id)).rejects.toBeInstanceOf(NotFoundError);
    const wrong = await official.agency.dossiers.returnResult(filed.id).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ConflictError);
    expect((wrong as ConflictError).code).toBe('invalid_transition');
  });

  it('files once when every answer is lost, however often the client retries', async () => {
    const sandbox = await start({ faults: { dropAfterCommitRate: 1 } });
    const official = createClient({
      baseUrl: sandbox.api,
      auth: 'sandbox-official-hoan-kiem',
      backoff: { initialDelay: 1, maxDelay: 5 },
    });
    const plain = createClient({ baseUrl: sandbox.api, auth: 'sandbox-official-hoan-kiem', maxRetries: 0 });
    const filed = await official.agency.dossiers
      .fileAtCounter(counterFiling, { headers: {} })
      .catch(() => undefined);
    expect(filed).toBeUndefined();
    const list = await plain.agency.dossiers.list().toArray({ limit: 10 });
    expect(list).toHaveLength(1);
  });
});

describe('the testing kit', () => {
  it('has the officials and the agency systems, read from the sandbox', async () => {
    const sandbox = await startSandbox({ lifecycle: { auto: false } });
    try {
      const official = sandbox.client(officials.hoanKiem);
      const filed = await official.agency.dossiers.fileAtCounter(counterFiling);
      expect(filed.agencyId).toBe(officials.hoanKiem.agencyId);
      const system = sandbox.client(undefined, {
        auth: clientCredentials({
          tokenEndpoint: `${sandbox.url}/v1/auth/token`,
          ...sandboxClients.agencyBenThanh,
        }),
      });
      await expect(system.agency.dossiers.retrieve(filed.id)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await sandbox.close();
    }
  });
});
