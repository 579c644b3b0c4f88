import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONDAY_9AM, validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { clientToken } from './support/clients.js';
import { call, startSandbox } from './support/http.js';

interface Statistics {
  counts: Record<string, number>;
  indicators: { onlineShare: number | null; onTimeShare: number | null; paidOnlineShare: number | null };
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

beforeAll(async () => {
  sandbox = await startSandbox({ clock });
  // 09:00 in Vietnam: processed by 10:20, before the 17:00 appointment.
  await submit('000.00070.00.H01', 'on-time');
  await submit('000.26743.00.H79', 'hcm', { ...validBirthData(), resultCopies: 0 });
  // 16:30 in Vietnam: processed at 17:50, after the appointment.
  clock.advance(7.5 * HOUR);
  await submit('000.00070.00.H01', 'late');
  clock.advance(2 * HOUR);
  // Still a draft: not counted.
  await call(sandbox, 'POST', '/v1/dossiers', {
    as: 'citizen-an',
    json: { procedureCode: '1.001193', agencyId: '000.00070.00.H01' },
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
      settled: 2,
      settledOnTime: 1,
      withFees: 2,
      paidOnline: 0,
    });
    expect(res.body.indicators).toEqual({ onlineShare: 1, onTimeShare: 0.5, paidOnlineShare: 0 });
  });

  it('counts one agency, everything, and an empty period', async () => {
    expect(
      (await stats('agency=000.26743.00.H79&from=2026-11-23&to=2026-11-23')).body.counts['received'],
    ).toBe(1);
    expect((await stats('from=2026-11-23&to=2026-11-23')).body.counts['received']).toBe(3);
    const empty = await stats('from=2026-01-01&to=2026-01-31');
    expect(empty.body.indicators).toEqual({ onlineShare: null, onTimeShare: null, paidOnlineShare: null });
  });

  it('refuses a missing or inverted period and unknown scopes', async () => {
    for (const query of [
      'from=2026-11-01',
      'from=2026-12-01&to=2026-11-01',
      'from=2026-13-01&to=2026-12-01',
      'province=02&from=2026-11-01&to=2026-11-30',
      'agency=000.00.01.H02&from=2026-11-01&to=2026-11-30',
    ]) {
      const res = await call(sandbox, 'GET', `/v1/statistics?${query}`, { as: token });
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('invalid_query');
    }
  });
});
