/**
 * Issue 14, item 3: the Decision 766 indicators over HTTP with known dossiers. An online dossier
 * that waited two days for the citizen's supplement and was settled after its appointment date by
 * less than that is on time; a counter dossier (channel 1) counts in the online share's whole; an
 * electronic result counts as digitised, a paper one does not; a payment through the online
 * checkout counts as paid online; ratings give the average and the satisfied share; `groupBy`
 * splits the figures per agency, province and month.
 */
import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, BEN_THANH, filedAtCounter } from './support/agency.js';
import { pdfBytes } from './support/attachments.js';
import { clientToken } from './support/clients.js';
import { MONDAY_9AM, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';
import { createPayment, decide, submittedBirth } from './support/payments.js';

interface Figures {
  counts: Record<string, number>;
  indicators: Record<string, number | null>;
}
interface Statistics extends Figures {
  groups?: (Figures & { key: string })[];
}

const HOUR = 60 * 60_000;
const clock = manualClock(MONDAY_9AM);
let sandbox: Sandbox;
let token: string;
let online: Dossier;
let counter: Dossier;

function ok<T extends { status: number; text: string }>(res: T): T {
  if (res.status >= 300) throw new Error(`${String(res.status)}: ${res.text}`);
  return res;
}

const electronic = {
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
};
const paper = { resultDocuments: [{ code: 'KQ-GIAY-KHAI-SINH', name: 'Giấy khai sinh' }] };

beforeAll(async () => {
  sandbox = await startSandbox({ clock, lifecycle: { auto: false } });
  // Monday 09:00: an online dossier, paid online, received (due Tuesday 17:00), asked for a supplement.
  online = await submittedBirth(sandbox, 'stat-online');
  const payment = ok(await createPayment(sandbox, { dossierId: online.id }, 'stat-pay'));
  ok(await decide(sandbox, payment.body.id, 'approve'));
  for (const action of ['receive', 'start']) ok(await act(sandbox, online.id, action, {}));
  ok(
    await act(sandbox, online.id, 'request-supplement', {
      items: [{ description: 'Bản sao giấy chứng sinh.' }],
      deadline: '2026-11-27T10:00:00Z',
    }),
  );
  // A dossier filed at the counter, received and started; one at another province's counter.
  counter = ok(await filedAtCounter(sandbox)).body;
  for (const action of ['receive', 'start']) ok(await act(sandbox, counter.id, action, {}));
  ok(await filedAtCounter(sandbox, BEN_THANH));

  // Wednesday 09:00: both settled after their appointment date (Tuesday 17:00).
  clock.advance(48 * HOUR);
  ok(
    await call(sandbox, 'POST', `/v1/dossiers/${online.id}/supplement`, {
      as: 'citizen-an',
      json: { note: 'Đã bổ sung.' },
      headers: { 'idempotency-key': 'stat-supp' },
    }),
  );
  ok(await act(sandbox, online.id, 'complete', electronic));
  ok(await act(sandbox, counter.id, 'complete', paper));
  for (const [id, score] of [
    [online.id, 5],
    [counter.id, 2],
  ] as const) {
    ok(await act(sandbox, id, 'return', {}));
    ok(await call(sandbox, 'POST', `/v1/dossiers/${id}/rating`, { as: 'citizen-an', json: { score } }));
  }
  counter = ok(await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${counter.id}`, { as: 'citizen-an' })).body;
  token = await clientToken(sandbox, 'statistics');
}, 60_000);
afterAll(() => sandbox.close());

const stats = async (query: string) =>
  ok(await call<Statistics>(sandbox, 'GET', `/v1/statistics?${query}`, { as: token })).body;

describe('the Decision 766 indicators', () => {
  it('counts every channel, excludes supplement time, and counts digitised results, payments and ratings', async () => {
    const hanoi = await stats('province=01&from=2026-11-01&to=2026-11-30');
    const counterHasFees = counter.feeTotal > 0 ? 1 : 0;
    expect(hanoi.counts).toEqual({
      received: 2,
      online: 1,
      inPerson: 1,
      postal: 0,
      settled: 2,
      // The online dossier: 48 h after its due date, but it waited 48 h for the citizen.
      settledOnTime: 1,
      withFees: 1 + counterHasFees,
      paidOnline: 1,
      digitisedResults: 1,
      rated: 2,
      satisfied: 1,
    });
    expect(hanoi.indicators).toEqual({
      onlineShare: 0.5,
      onTimeShare: 0.5,
      paidOnlineShare: counterHasFees === 1 ? 0.5 : 1,
      digitisedResultShare: 0.5,
      averageRating: 3.5,
      satisfiedShare: 0.5,
    });
    expect(hanoi.groups).toBeUndefined();
  });

  it('splits the figures per province, agency and month', async () => {
    const byProvince = await stats('from=2026-11-01&to=2026-11-30&groupBy=province');
    expect(byProvince.counts['received']).toBe(3);
    expect(byProvince.groups?.map((g) => [g.key, g.counts['received'], g.counts['inPerson']])).toEqual([
      ['01', 2, 1],
      ['79', 1, 1],
    ]);
    expect(byProvince.groups?.[1]?.indicators['onlineShare']).toBe(0);
    const byAgency = await stats('province=01&from=2026-11-01&to=2026-11-30&groupBy=agency');
    expect(byAgency.groups?.map((g) => g.key)).toEqual(['SBX.UB.00070.T01']);
    expect(byAgency.groups?.[0]?.counts).toEqual(byAgency.counts);
    const byMonth = await stats('from=2026-10-01&to=2026-12-31&groupBy=month');
    expect(byMonth.groups?.map((g) => [g.key, g.counts['received']])).toEqual([['2026-11', 3]]);
    const bad = await call(sandbox, 'GET', '/v1/statistics?from=2026-11-01&to=2026-11-30&groupBy=week', {
      as: token,
    });
    expect(bad.status).toBe(400);
  });
});
