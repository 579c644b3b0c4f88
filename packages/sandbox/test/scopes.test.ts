import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadForm } from './support/attachments.js';
import { birthDraft, MONDAY_9AM } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';
import { personaToken } from './support/clients.js';

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
  it('refuses an access token issued at another origin', async () => {
    const port = new URL(sandbox.url).port;
    const elsewhere = await login('openid profile dossiers', `portal.example:${port}`);
    const res = await call(sandbox, 'GET', '/v1/dossiers', { as: elsewhere });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_token');
    const here = await login('openid profile dossiers');
    expect((await call(sandbox, 'GET', '/v1/dossiers', { as: here })).status).toBe(200);
  });
});
