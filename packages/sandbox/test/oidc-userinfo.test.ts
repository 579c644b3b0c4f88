import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox } from './support/http.js';
import { personaToken } from './support/clients.js';
import { FORM, formBody, type Tokens } from './support/oidc.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const login = (persona: string, scope: string): Promise<string> => personaToken(sandbox, persona, scope);

describe('GET /v1/auth/userinfo', () => {
  it("answers the persona's claims with the profile scope", async () => {
    const res = await call<Record<string, unknown>>(sandbox, 'GET', '/v1/auth/userinfo', {
      as: await login('citizen-an', 'openid profile'),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({
      sub: 'citizen-an',
      account_type: 'citizen',
      name: 'Nguyễn Văn An',
      birthdate: '1990-08-20',
      gender: 'male',
      personal_id: '001090012345',
      residence: { province: '01', commune: '00070', detail: '12 phố Hàng Bài' },
      assurance_level: 2,
    });
  });

  it('answers only sub and account_type without the profile scope', async () => {
    const res = await call<Record<string, unknown>>(sandbox, 'GET', '/v1/auth/userinfo', {
      as: await login('citizen-binh', 'openid'),
    });
    expect(res.body).toEqual({ sub: 'citizen-binh', account_type: 'citizen' });
  });

  it("answers an enterprise's tax code, and everything for a fixed token", async () => {
    const res = await call<Record<string, unknown>>(sandbox, 'GET', '/v1/auth/userinfo', {
      as: 'enterprise-hoa-sen',
    });
    expect(res.body).toMatchObject({
      sub: 'enterprise-hoa-sen',
      account_type: 'enterprise',
      tax_code: '0100109106',
    });
    expect(res.body['personal_id']).toBeUndefined();
  });

  it('answers 401 without a token and 403 for a client-credentials token', async () => {
    expect((await call(sandbox, 'GET', '/v1/auth/userinfo')).status).toBe(401);
    const server = await call<Tokens>(sandbox, 'POST', '/v1/auth/token', {
      body: formBody({
        grant_type: 'client_credentials',
        client_id: 'sandbox-server',
        client_secret: 'sandbox-server-secret',
      }),
      headers: FORM,
    });
    expect((await call(sandbox, 'GET', '/v1/auth/userinfo', { as: server.body.access_token })).status).toBe(
      403,
    );
  });
});
