/**
 * Bad input on the attachment, payment and webhook routes: missing, unknown, expired and forged
 * tokens, bodies that are not JSON, of the wrong type or too large, and ids that do not exist or
 * are another's. Each gets the documented error shape (checked by `call`) and status.
 */
import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upload, uploadForm } from './support/attachments.js';
import { clientToken, personaToken } from './support/clients.js';
import { MONDAY_9AM } from './support/dossiers.js';
import { call, startSandbox, type CallOptions } from './support/http.js';
import { jwtClaims } from './support/oidc.js';

const clock = manualClock(MONDAY_9AM);
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ clock, lifecycle: { auto: false }, maxBodyBytes: 4096 });
});
afterAll(() => sandbox.close());

const NO_ATTACHMENT = 'att_000000000000000000000000';
const NO_PAYMENT = 'pay_000000000000000000000000';
const NO_ENDPOINT = 'whe_000000000000000000000000';

/** [method, path, body options] of the persona routes. */
const personaRoutes: [string, string, CallOptions][] = [
  ['POST', '/v1/attachments', { form: uploadForm() }],
  ['GET', `/v1/attachments/${NO_ATTACHMENT}`, {}],
  ['GET', `/v1/attachments/${NO_ATTACHMENT}/content`, {}],
  ['DELETE', `/v1/attachments/${NO_ATTACHMENT}`, {}],
  [
    'POST',
    '/v1/payments',
    { json: { dossierId: 'dos_000000000000000000000000' }, headers: { 'idempotency-key': 'k' } },
  ],
  ['GET', `/v1/payments/${NO_PAYMENT}`, {}],
  ['GET', `/v1/payments/${NO_PAYMENT}/receipt`, {}],
];
const clientRoutes: [string, string, CallOptions][] = [
  ['POST', '/v1/webhook-endpoints', { json: { url: 'http://127.0.0.1:9/', events: ['payment.failed'] } }],
  ['GET', '/v1/webhook-endpoints', {}],
  ['GET', `/v1/webhook-endpoints/${NO_ENDPOINT}`, {}],
  ['DELETE', `/v1/webhook-endpoints/${NO_ENDPOINT}`, {}],
];

describe('tokens', () => {
  it('answers 401 without a token, or with an unknown, forged or expired one', async () => {
    const persona = await personaToken(sandbox);
    const client = await clientToken(sandbox);
    const forge = (token: string): string => {
      const [header, , signature] = token.split('.');
      const claims = { ...jwtClaims(token), scope: 'openid profile dossiers payments webhooks' };
      return `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    };
    clock.advance(15 * 60 * 1000);
    for (const [routes, token] of [
      [personaRoutes, persona],
      [clientRoutes, client],
    ] as const) {
      for (const [method, path, init] of routes) {
        const none = await call(sandbox, method, path, init);
        expect(none.body.error.code, `${method} ${path}`).toBe('unauthorized');
        for (const bad of ['sandbox-nobody', forge(token), token]) {
          const res = await call(sandbox, method, path, { ...init, as: bad });
          expect(res.status, `${method} ${path}`).toBe(401);
          expect(res.body.error.code).toBe('invalid_token');
        }
      }
    }
  });

  it('answers 403 to the wrong kind of caller', async () => {
    for (const [method, path, init] of personaRoutes) {
      const res = await call(sandbox, method, path, { ...init, as: await clientToken(sandbox) });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    for (const [method, path, init] of clientRoutes) {
      const res = await call(sandbox, method, path, { ...init, as: 'citizen-an' });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
  });
});

describe('bodies', () => {
  it('answers 400, 415 and 413 to JSON bodies that are malformed, of another type, or too large', async () => {
    const token = await clientToken(sandbox);
    for (const [path, as, headers] of [
      ['/v1/payments', 'citizen-an', { 'idempotency-key': 'body-1' }],
      ['/v1/webhook-endpoints', token, {}],
    ] as const) {
      const malformed = await call(sandbox, 'POST', path, {
        as,
        body: '{"url":',
        headers: { ...headers, 'content-type': 'application/json' },
      });
      expect(malformed.body.error.code, path).toBe('malformed_json');
      const text = await call(sandbox, 'POST', path, {
        as,
        body: '{}',
        headers: { ...headers, 'content-type': 'text/plain' },
      });
      expect(text.body.error.code, path).toBe('unsupported_media_type');
      const big = await call(sandbox, 'POST', path, { as, json: { url: 'x'.repeat(8192) }, headers });
      expect(big.status, path).toBe(413);
    }
  });
});

describe('ids', () => {
  it("answers 404 to ids that do not exist and to another citizen's", async () => {
    const mine = (await upload(sandbox)).body;
    for (const path of [
      `/v1/attachments/${NO_ATTACHMENT}`,
      `/v1/attachments/${mine.id}`,
      `/v1/payments/${NO_PAYMENT}`,
    ]) {
      const res = await call(sandbox, 'GET', path, { as: 'citizen-binh' });
      expect(res.status, path).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const endpoint = await call(sandbox, 'GET', `/v1/webhook-endpoints/${NO_ENDPOINT}`, {
      as: await clientToken(sandbox),
    });
    expect(endpoint.status).toBe(404);
    const checkout = await call(sandbox, 'POST', `/v1/payments/${NO_PAYMENT}/checkout`, {
      json: { decision: 'approve' },
    });
    expect(checkout.status).toBe(404);
  });
});
