import { createHmac } from 'node:crypto';
import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientToken } from './support/clients.js';
import { MONDAY_9AM } from './support/dossiers.js';
import { call, startSandbox, type Page } from './support/http.js';
import { createPayment, decide, submittedBirth } from './support/payments.js';
import { startReceiver, type Delivery, type Receiver } from './support/receiver.js';

interface Endpoint {
  id: string;
  url: string;
  events: string[];
  createdAt: string;
  secret?: string;
}

const clock = manualClock(MONDAY_9AM);
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({
    clock,
    lifecycle: { auto: false },
    webhooks: { retryDelaysMs: [5_000, 30_000] },
  });
});
afterAll(() => sandbox.close());

// Access tokens last 15 minutes of the sandbox clock, which these tests move by hours: a fresh one each time.
const register = async (url: string, events: string[], as?: string) =>
  call<Endpoint>(sandbox, 'POST', '/v1/webhook-endpoints', {
    as: as ?? (await clientToken(sandbox)),
    json: { url, events },
  });
const remove = async (id: string) =>
  call(sandbox, 'DELETE', `/v1/webhook-endpoints/${id}`, { as: await clientToken(sandbox) });
/** Any request: the sandbox sends what is due before answering. */
const poke = () => call(sandbox, 'GET', '/v1/admin-units/provinces/01');

/** Checks the Standard Webhooks signature of `d` with `secret`, independently of the sandbox. */
function expectSigned(d: Delivery, secret: string): void {
  const id = String(d.headers['webhook-id']);
  const timestamp = String(d.headers['webhook-timestamp']);
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${d.raw}`).digest('base64');
  expect(d.headers['webhook-signature']).toBe(`v1,${mac}`);
  expect(id).toBe(d.body.id);
  expect(timestamp).toBe(String(Math.floor(clock.now().getTime() / 1000)));
}

describe('webhook endpoints', () => {
  it('registers an endpoint, shows its secret once, lists and removes it', async () => {
    const created = await register('http://127.0.0.1:9/hooks', ['payment.succeeded']);
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/=]{32}$/);
    const one = await call<Endpoint>(sandbox, 'GET', `/v1/webhook-endpoints/${created.body.id}`, {
      as: await clientToken(sandbox),
    });
    expect(one.body).toEqual({
      id: created.body.id,
      url: 'http://127.0.0.1:9/hooks',
      events: ['payment.succeeded'],
      createdAt: created.body.createdAt,
    });
    const list = await call<Page<Endpoint>>(sandbox, 'GET', '/v1/webhook-endpoints', {
      as: await clientToken(sandbox),
    });
    expect(list.body.data.map((e) => e.id)).toContain(created.body.id);
    expect(list.body.data.every((e) => e.secret === undefined)).toBe(true);
    expect((await remove(created.body.id)).status).toBe(204);
    const gone = await call(sandbox, 'GET', `/v1/webhook-endpoints/${created.body.id}`, {
      as: await clientToken(sandbox),
    });
    expect(gone.status).toBe(404);
  });

  it('refuses a URL with credentials, a password without a user included', async () => {
    for (const url of [
      'https://user:pw@127.0.0.1/',
      'https://user@127.0.0.1/',
      'https://:secret@127.0.0.1/',
    ]) {
      const res = await call(sandbox, 'POST', '/v1/webhook-endpoints', {
        as: await clientToken(sandbox),
        json: { url, events: ['payment.succeeded'] },
      });
      expect(res.status, url).toBe(422);
      expect(res.body.error.issues).toContainEqual(expect.objectContaining({ pointer: '/url' }));
    }
  });

  it('refuses bad URLs and events, personas, and tokens without the webhooks scope', async () => {
    const ftp = await register('ftp://127.0.0.1/hooks', ['payment.succeeded']);
    expect(ftp.status).toBe(422);
    const event = await register('http://127.0.0.1:9/', ['dossier.deleted']);
    expect(event.status).toBe(422);
    const persona = await register('http://127.0.0.1:9/', ['payment.succeeded'], 'citizen-an');
    expect(persona.status).toBe(403);
    const statistics = await register(
      'http://127.0.0.1:9/',
      ['payment.succeeded'],
      await clientToken(sandbox, 'statistics'),
    );
    expect(statistics.status).toBe(403);
    expect(statistics.body).toMatchObject({ error: { code: 'insufficient_scope' } });
    expect(statistics.headers.get('www-authenticate')).toBe(
      'Bearer error="insufficient_scope", scope="webhooks"',
    );
  });
});

describe('deliveries', () => {
  let receiver: Receiver;
  afterAll(() => receiver.close());

  it('signs dossier status changes, retries until acknowledged, then stops', async () => {
    // The first answer fails; every later one acknowledges.
    receiver = await startReceiver((n) => (n === 1 ? 500 : 204));
    const endpoint = (await register(receiver.url, ['dossier.status_changed'])).body;
    const dossier = await submittedBirth(sandbox, 'hook-1');
    const first = await receiver.next();
    expectSigned(first, endpoint.secret ?? '');
    expect(first.body).toMatchObject({
      type: 'dossier.status_changed',
      data: { previousStatus: null, dossier: { id: dossier.id, status: 1 } },
    });

    clock.advance(5_000);
    await poke();
    const retry = await receiver.next();
    expect(retry.headers['webhook-id']).toBe(first.headers['webhook-id']);
    expect(retry.raw).toBe(first.raw);
    expectSigned(retry, endpoint.secret ?? '');

    // Acknowledged: the next delivery is the next event, not a third attempt.
    clock.advance(60_000);
    await call(sandbox, 'POST', `/v1/sandbox/dossiers/${dossier.id}/advance`, {
      as: 'sandbox-admin',
      json: { status: 2 },
    });
    const next = await receiver.next();
    expect(next.body.id).not.toBe(first.body.id);
    expect(next.body.data).toMatchObject({ previousStatus: 1, dossier: { status: 2 } });
    await remove(endpoint.id);
  });

  it('gives up after the last retry, and removing an endpoint drops its retries', async () => {
    const failing = await startReceiver((n) => (n <= 3 ? 503 : 204));
    try {
      const endpoint = (await register(failing.url, ['dossier.status_changed'])).body;
      const dossier = await submittedBirth(sandbox, 'hook-2');
      const attempts = [await failing.next()];
      clock.advance(5_000);
      await poke();
      attempts.push(await failing.next());
      clock.advance(30_000);
      await poke();
      attempts.push(await failing.next());
      expect(new Set(attempts.map((d) => d.body.id)).size).toBe(1);
      // Three attempts with two delays: given up. The next delivery is a new event.
      clock.advance(3_600_000);
      await poke();
      await call(sandbox, 'POST', `/v1/sandbox/dossiers/${dossier.id}/advance`, {
        as: 'sandbox-admin',
        json: { status: 2 },
      });
      const next = await failing.next();
      expect(next.body.id).not.toBe(attempts[0]?.body.id);
      expect(next.body.data).toMatchObject({ previousStatus: 1 });
      await remove(endpoint.id);
    } finally {
      await failing.close();
    }
  });

  it('reports payments that succeed, fail and expire', async () => {
    const payments = await startReceiver();
    try {
      const endpoint = (await register(payments.url, ['payment.succeeded', 'payment.failed'])).body;
      const dossier = await submittedBirth(sandbox, 'hook-3');
      const declined = (await createPayment(sandbox, { dossierId: dossier.id }, 'hook-pay-1')).body;
      await decide(sandbox, declined.id, 'decline');
      const failed = await payments.next();
      expectSigned(failed, endpoint.secret ?? '');
      expect(failed.body).toMatchObject({
        type: 'payment.failed',
        data: { payment: { id: declined.id, status: 'failed' } },
      });
      const paid = (await createPayment(sandbox, { dossierId: dossier.id }, 'hook-pay-2')).body;
      await decide(sandbox, paid.id, 'approve');
      const succeeded = await payments.next();
      expect(succeeded.body).toMatchObject({
        type: 'payment.succeeded',
        data: { payment: { id: paid.id, status: 'succeeded' } },
      });
      // A payment left pending for 30 minutes expires: reported as failed.
      const other = await submittedBirth(sandbox, 'hook-4');
      const abandoned = (await createPayment(sandbox, { dossierId: other.id }, 'hook-pay-3')).body;
      clock.advance(30 * 60_000);
      await poke();
      const expired = await payments.next();
      expect(expired.body).toMatchObject({
        type: 'payment.failed',
        data: { payment: { id: abandoned.id, status: 'expired' } },
      });
      await remove(endpoint.id);
    } finally {
      await payments.close();
    }
  });
});
