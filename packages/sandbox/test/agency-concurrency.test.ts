/**
 * Issue 14, "how it is checked": 200 concurrent agency actions under the sandbox's fault injection
 * (500s, 429s and connections dropped after the commit) leave exactly one transition each. Each
 * action is retried with its `Idempotency-Key` until it gets an answer, as the sdk does; a rival
 * action on the same dossier under another key is a 409, never a second transition.
 */
import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { filedAtCounter, HOAN_KIEM, type AgencyDossier } from './support/agency.js';
import { call, startSandbox, type ApiResponse } from './support/http.js';

const N = 200;
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    lifecycle: { auto: false },
    faults: { serverErrorRate: 0.15, rateLimitRate: 0.05, retryAfterSeconds: 0, dropAfterCommitRate: 0.2 },
  });
});
afterAll(() => sandbox.close());

/** `send()` until it answers something other than a fault (500, 429, a dropped connection). */
async function untilAnswered<T>(send: () => Promise<ApiResponse<T>>): Promise<ApiResponse<T>> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const res = await send();
      if (res.status !== 500 && res.status !== 429) return res;
    } catch {
      // The connection was dropped after the commit: retry with the same key.
    }
  }
  throw new Error('no answer after 50 attempts');
}

it('leaves exactly one transition per dossier', { timeout: 240_000 }, async () => {
  const ids = await Promise.all(
    Array.from({ length: N }, async (_, i) => {
      const res = await untilAnswered(() =>
        filedAtCounter(sandbox, HOAN_KIEM, { 'idempotency-key': `file-${i}` }),
      );
      expect(res.status).toBe(201);
      return res.body.id;
    }),
  );
  expect(new Set(ids).size).toBe(N);

  const receive = (id: string, key: string): Promise<ApiResponse> =>
    untilAnswered(() =>
      call(sandbox, 'POST', `/v1/agency/dossiers/${id}/receive`, {
        as: HOAN_KIEM,
        json: {},
        headers: { 'idempotency-key': key },
      }),
    );
  // Each dossier: the action (retried under its key) and a rival under another key, all at once.
  const answers = await Promise.all(
    ids.map(async (id) => Promise.all([receive(id, `receive-${id}`), receive(id, `rival-${id}`)])),
  );
  for (const pair of answers) {
    expect(pair.map((r) => r.status).sort()).toEqual([200, 409]);
  }

  const reads = await Promise.all(
    ids.map((id) =>
      untilAnswered(() =>
        call<AgencyDossier>(sandbox, 'GET', `/v1/agency/dossiers/${id}`, { as: HOAN_KIEM }),
      ),
    ),
  );
  for (const read of reads) {
    expect(read.body.dossier.status).toBe(2);
    expect(read.body.history.map((h) => h.status)).toEqual([1, 2]);
  }
});
