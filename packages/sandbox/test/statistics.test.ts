import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONDAY_9AM, validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { clientToken } from './support/clients.js';
import { call, startSandbox } from './support/http.js';

interface Statistics {
  counts: Record<string, number>;
  indicators: Record<string, number | null>;
}

const HOUR = 60 * 60_000;
const clock = manualClock(MONDAY_9AM);
let sandbox: Sandbox;
let token: string;

async function submit(agencyId: string, key: string, data = validBirthData()): Promise<Dossier> {
  const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
    as: 'citizen-an',
    json: await withBirthDocuments(sandbox, { procedureCode: '1.001193', agencyId }),
  });
  return (
    await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
      as: 'citizen-an',
      json: { data },
      headers: { 'idempotency-key': key },
    })
  ).body;
}

/** The official moves a dossier through `statuses` now (the sandbox's admin route). */
async function advance(id: string, ...statuses: number[]): Promise<void> {
  for (const status of statuses) {
    const res = await call(sandbox, 'POST', `/v1/sandbox/dossiers/${id}/advance`, {
      as: 'sandbox-admin',
      json: { status },
    });
    if (res.status !== 200) throw new Error(`advance to ${status}: ${res.status}`);
  }
}

beforeAll(async () => {
  sandbox = await startSandbox({ clock, lifecycle: { auto: false } });
  // Monday 09:00 in Vietnam, received at once: due Tuesday 17:00 (1 working day); settled at once.
  const onTime = await submit('SBX.UB.00070.T01', 'on-time');
  const hcm = await submit('SBX.UB.26743.T79', 'hcm', { ...validBirthData(), resultCopies: 0 });
  const late = await submit('SBX.UB.00070.T01', 'late');
  await advance(onTime.id, 2, 4, 9);
  await advance(hcm.id, 2, 4, 9);
  // Received Monday 09:00 (due Tuesday 17:00), settled on Wednesday: late.
  await advance(late.id, 2, 4);
  clock.advance(48 * HOUR);
  await advance(late.id, 9);
  // Still a draft: not counted.
  await call(sandbox, 'POST', '/v1/dossiers', {
    as: 'citizen-an',
    json: { procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' },
  });
  // After the clock has moved, so the token is fresh.
  token = await clientToken(sandbox, 'statistics');
});
afterAll(() => sandbox.close());

const stats = (query: string) => call<Statistics>(sandbox, 'GET', `/v1/statistics?${query}`, { as: token });

describe('GET /v1/statistics', () => {
  it('requires a server token with the statistics scope, as the contract says', async () => {
    const query = '/v1/statistics?from=2026-11-01&to=2026-11-30';
    const anonymous = await call(sandbox, 'GET', query);
    expect(anonymous.status).toBe(401);
    const citizen = await call(sandbox, 'GET', query, { as: 'citizen-an' });
    expect(citizen.status).toBe(403);
    const webhooks = await call(sandbox, 'GET', query, { as: await clientToken(sandbox, 'webhooks') });
    expect(webhooks.status).toBe(403);
    expect(webhooks.body).toMatchObject({ error: { code: 'insufficient_scope' } });
    expect((await stats('from=2026-11-01&to=2026-11-30')).status).toBe(200);
  });

  it('counts a province over a period and works out the shares', async () => {
    const res = await stats('province=01&from=2026-11-01&to=2026-11-30');
    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({
      received: 2,
      online: 2,
      inPerson: 0,
      postal: 0,
      settled: 2,
      settledOnTime: 1,
      withFees: 2,
      paidOnline: 0,
      digitisedResults: 0,
      rated: 0,
      satisfied: 0,
    });
    expect(res.body.indicators).toEqual({
      onlineShare: 1,
      onTimeShare: 0.5,
      paidOnlineShare: 0,
      digitisedResultShare: 0,
      averageRating: null,
      satisfiedShare: null,
    });
  });

  it('counts one agency, everything, and an empty period', async () => {
    expect(
      (await stats('agency=SBX.UB.26743.T79&from=2026-11-23&to=2026-11-23')).body.counts['received'],
    ).toBe(1);
    expect((await stats('from=2026-11-23&to=2026-11-23')).body.counts['received']).toBe(3);
    const empty = await stats('from=2026-01-01&to=2026-01-31');
    expect(empty.body.indicators).toEqual({
      onlineShare: null,
      onTimeShare: null,
      paidOnlineShare: null,
      digitisedResultShare: null,
      averageRating: null,
      satisfiedShare: null,
    });
  });

  it('refuses a missing or inverted period and unknown scopes', async () => {
    for (const query of [
      'from=2026-11-01',
      'from=2026-12-01&to=2026-11-01',
      'from=2026-13-01&to=2026-12-01',
      'province=02&from=2026-11-01&to=2026-11-30',
      'agency=SBX.CA.00.T02&from=2026-11-01&to=2026-11-30',
    ]) {
      const res = await call(sandbox, 'GET', `/v1/statistics?${query}`, { as: token });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('invalid_query');
    }
  });
});
