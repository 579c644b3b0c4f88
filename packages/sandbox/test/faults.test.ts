import type { Sandbox } from '@dvc-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { call, startSandbox, tokenOf, type Page } from './support/http.js';

const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function start(options: Parameters<typeof startSandbox>[0] = {}): Promise<Sandbox> {
  const sandbox = await startSandbox(options);
  open.push(sandbox);
  return sandbox;
}

/** A raw request whose connection may be dropped: resolves to the status, or to 'dropped'. */
async function rawPost(sandbox: Sandbox, path: string, body: unknown, headers: Record<string, string>) {
  try {
    const res = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${tokenOf('citizen-an')}`,
        'content-type': 'application/json',
        ...headers,
      },
      body: JSON.stringify(body),
    });
    await res.text();
    return res.status;
  } catch {
    return 'dropped';
  }
}

describe('fault injection', () => {
  it('answers 429 with Retry-After or a 500 when a request asks for it', async () => {
    const sandbox = await start({ faults: { retryAfterSeconds: 3 } });
    const limited = await call(sandbox, 'GET', '/v1/procedures', {
      headers: { 'x-sandbox-fault': 'rate-limit' },
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.body.error.code).toBe('rate_limited');
    const failed = await call(sandbox, 'GET', '/v1/procedures', {
      headers: { 'x-sandbox-fault': 'server-error' },
    });
    expect(failed.status).toBe(500);
    expect(failed.body.error.code).toBe('injected_fault');
    expect((await call(sandbox, 'GET', '/v1/procedures')).status).toBe(200);
  });

  it('injects faults at the configured rates, reproducibly', async () => {
    const draws = [0.1, 0.9, 0.1, 0.9];
    let i = 0;
    const sandbox = await start({
      faults: { serverErrorRate: 0.5, random: () => draws[i++ % draws.length]! },
    });
    const statuses: number[] = [];
    for (let n = 0; n < 4; n++) statuses.push((await call(sandbox, 'GET', '/v1/procedures')).status);
    expect(statuses).toEqual([500, 200, 500, 200]);
  });

  it('adds latency', async () => {
    const sandbox = await start({ faults: { latencyMs: 60 } });
    const started = Date.now();
    await call(sandbox, 'GET', '/v1/admin-units/provinces/01');
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('drops the connection after committing a submit; a retry with the same key gets the dossier', async () => {
    const sandbox = await start();
    const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: await withBirthDocuments(sandbox),
    });
    const body = { data: validBirthData() };
    const first = await rawPost(sandbox, `/v1/dossiers/${draft.body.id}/submit`, body, {
      'idempotency-key': 'drop-1',
      'x-sandbox-fault': 'drop-after-commit',
    });
    expect(first).toBe('dropped');
    const retry = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
      as: 'citizen-an',
      json: body,
      headers: { 'idempotency-key': 'drop-1' },
    });
    expect(retry.status).toBe(200);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.code).toMatch(/-0001$/);
    const list = await call<Page<Dossier>>(sandbox, 'GET', '/v1/dossiers', { as: 'citizen-an' });
    expect(list.body.data.filter((d) => d.status !== null)).toHaveLength(1);
  });

  it('never faults the sandbox controls', async () => {
    const sandbox = await start({ faults: { serverErrorRate: 1 } });
    const res = await call(sandbox, 'POST', '/v1/sandbox/dossiers/dos_000000000000000000000000/advance', {
      as: 'sandbox-admin',
      json: { status: 2 },
    });
    expect(res.status).toBe(404);
  });
});
