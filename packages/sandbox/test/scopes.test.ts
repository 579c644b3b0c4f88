import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadForm } from './support/attachments.js';
import { birthDraft, MONDAY_9AM } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';
import { personaToken } from './support/clients.js';
import { jwtClaims } from './support/oidc.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

/** An access token of citizen-an with `scope`, asked for with `host` as the Host header. */
const login = (scope: string, host?: string): Promise<string> =>
  personaToken(sandbox, 'citizen-an', scope, host);

describe('scopes', () => {
  it('refuses dossiers, attachments and payments without their scopes (403 insufficient_scope)', async () => {
    const token = await login('openid profile');
    expect((await call(sandbox, 'GET', '/v1/profile', { as: token })).status).toBe(200);
    for (const [method, path, scope, init] of [
      ['POST', '/v1/dossiers', 'dossiers', { json: birthDraft }],
      ['GET', '/v1/dossiers', 'dossiers', {}],
      ['POST', '/v1/attachments', 'dossiers', { form: uploadForm() }],
      [
        'POST',
        '/v1/payments',
        'payments',
        { json: { dossierId: 'dos_000000000000000000000000' }, headers: { 'idempotency-key': 'k' } },
      ],
    ] as const) {
      const res = await call(sandbox, method, path, { as: token, ...init });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('insufficient_scope');
      expect(res.headers.get('www-authenticate')).toBe(`Bearer error="insufficient_scope", scope="${scope}"`);
    }
  });

  it('lets a token do what its scopes allow, and no more', async () => {
    const token = await login('openid dossiers');
    expect((await call(sandbox, 'POST', '/v1/dossiers', { as: token, json: birthDraft })).status).toBe(201);
    const profile = await call(sandbox, 'GET', '/v1/profile', { as: token });
    expect(profile.status).toBe(403);
    expect(profile.body.error.code).toBe('insufficient_scope');
  });
});

describe('issuer', () => {
  // Issue 15, item 6: the issuer was the Host header's origin; it is the configured public origin.
  it('issues tokens for its public origin, whatever Host the client sends', async () => {
    const port = new URL(sandbox.url).port;
    const elsewhere = await login('openid profile dossiers', `evil.example:${port}`);
    expect(jwtClaims(elsewhere)['iss']).toBe(`${sandbox.url}/v1/auth`);
    expect((await call(sandbox, 'GET', '/v1/dossiers', { as: elsewhere })).status).toBe(200);
  });
});
