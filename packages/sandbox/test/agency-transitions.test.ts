/**
 * Issue 14, "how it is checked": every agency action from every status, table-driven. The expected
 * table is written out here from the status table of docs/sandbox.md (1→2, 1→3, 2→4, 4→5, 4→6,
 * 4→8, 4→9, 6→4, 9→10; an extension in 2 or 4), not read from the code: an action is 200 where the
 * table allows it and 409 `invalid_transition` everywhere else, leaving the dossier unchanged.
 */
import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTION_BODIES, filedAtCounter, HOAN_KIEM, type AgencyDossier } from './support/agency.js';
import { call } from './support/http.js';

/** For each action, the statuses it is allowed from, and the status it leaves. */
const ALLOWED: Record<string, { from: number[]; to: number | 'same' }> = {
  receive: { from: [1], to: 2 },
  refuse: { from: [1], to: 3 },
  start: { from: [2, 6], to: 4 },
  'request-supplement': { from: [4], to: 5 },
  'request-payment': { from: [4], to: 6 },
  extend: { from: [2, 4], to: 'same' },
  stop: { from: [4], to: 8 },
  complete: { from: [4], to: 9 },
  return: { from: [9], to: 10 },
};

/** How the admin route (and the citizen, for 7) brings a status-1 dossier to each status. */
const PATHS: Record<number, number[]> = {
  1: [],
  2: [2],
  3: [3],
  4: [2, 4],
  5: [2, 4, 5],
  6: [2, 4, 6],
  7: [],
  8: [2, 4, 8],
  9: [2, 4, 9],
  10: [2, 4, 9, 10],
};

let sandbox: Sandbox;
beforeAll(async () => {
  const { startSandbox } = await import('./support/http.js');
  sandbox = await startSandbox({ lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

async function dossierIn(status: number): Promise<string> {
  const filed = await filedAtCounter(sandbox);
  if (filed.status !== 201) throw new Error(filed.text);
  const id = filed.body.id;
  for (const step of PATHS[status] ?? []) {
    const res = await call(sandbox, 'POST', `/v1/sandbox/dossiers/${id}/advance`, {
      as: 'sandbox-admin',
      json: { status: step },
    });
    if (res.status !== 200) throw new Error(res.text);
  }
  if (status === 7) {
    const res = await call(sandbox, 'POST', `/v1/dossiers/${id}/withdraw`, { as: 'citizen-an', json: {} });
    if (res.status !== 200) throw new Error(res.text);
  }
  return id;
}

const cases = Object.keys(ALLOWED).flatMap((action) =>
  Object.keys(PATHS).map((status) => ({ action, status: Number(status) })),
);

describe('every action from every status', () => {
  it.each(cases)('$action from $status', { timeout: 60_000 }, async ({ action, status }) => {
    const id = await dossierIn(status);
    const before = await call<AgencyDossier>(sandbox, 'GET', `/v1/agency/dossiers/${id}`, { as: HOAN_KIEM });
    expect(before.body.dossier.status).toBe(status);
    const res = await call(sandbox, 'POST', `/v1/agency/dossiers/${id}/${action}`, {
      as: HOAN_KIEM,
      json: ACTION_BODIES[action],
      headers: { 'accept-language': 'en' },
    });
    const rule = ALLOWED[action];
    const after = await call<AgencyDossier>(sandbox, 'GET', `/v1/agency/dossiers/${id}`, { as: HOAN_KIEM });
    if (rule?.from.includes(status) === true) {
      expect(res.status, res.text).toBe(200);
      expect(after.body.dossier.status).toBe(rule.to === 'same' ? status : rule.to);
      expect(after.body.history).toHaveLength(before.body.history.length + 1);
      expect(after.body.history.at(-1)).toMatchObject({
        handler: 'Phạm Thị Lan',
        department: 'Bộ phận Một cửa Phường Hoàn Kiếm',
      });
    } else {
      expect(res.status, res.text).toBe(409);
      expect(res.body.error.code).toBe('invalid_transition');
      expect(res.body.error.message.vi).not.toBe('');
      expect(after.body).toEqual(before.body);
    }
  });
});
