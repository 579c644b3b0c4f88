import { createPublicKey, verify } from 'node:crypto';
import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox } from './support/http.js';
import {
  authorizeQuery,
  FORM,
  formBody,
  jwtClaims,
  pkce,
  PORTAL,
  REDIRECT,
  type Pkce,
  type Tokens,
} from './support/oidc.js';

interface OAuthErrorBody {
  error: string;
  error_description?: string;
}

const clock = manualClock(new Date('2026-11-23T02:00:00Z'));
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ clock, lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

async function code(p: Pkce, persona = 'citizen-an', scope = 'openid profile'): Promise<string> {
  const res = await call(
    sandbox,
    'GET',
    `/v1/auth/authorize?${authorizeQuery(p.challenge, { login_hint: persona, sandbox_auto_approve: 'true', scope })}`,
  );
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location') ?? '').searchParams.get('code') ?? '';
}

function token<T = Tokens>(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return call<T>(sandbox, 'POST', '/v1/auth/token', {
    body: formBody(fields),
    headers: { ...FORM, ...headers },
  });
}

const exchange = (p: Pkce, c: string, extra: Record<string, string> = {}) =>
  token<Tokens & OAuthErrorBody>({
    grant_type: 'authorization_code',
    code: c,
    redirect_uri: REDIRECT,
    code_verifier: p.verifier,
    client_id: PORTAL,
    ...extra,
  });

describe('authorization code with PKCE', () => {
  it('gives signed access, ID and refresh tokens that the API accepts', async () => {
    const p = pkce();
    const res = await exchange(p, await code(p));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, scope: 'openid profile' });
    const issuer = `${sandbox.url}/v1/auth`;
    expect(jwtClaims(res.body.access_token)).toMatchObject({
      iss: issuer,
      sub: 'citizen-an',
      aud: 'dvc-portal-api',
      client_id: PORTAL,
    });
    expect(jwtClaims(res.body.id_token ?? '')).toMatchObject({
      iss: issuer,
      sub: 'citizen-an',
      aud: PORTAL,
      nonce: 'n-1',
    });
    // The ID token verifies with the published key.
    const jwks = await call<{ keys: Record<string, string>[] }>(sandbox, 'GET', '/v1/auth/jwks');
    const key = createPublicKey({ key: { ...jwks.body.keys[0] }, format: 'jwk' });
    const [h, b, s] = (res.body.id_token ?? '').split('.');
    expect(
      verify(
        'sha256',
        Buffer.from(`${h}.${b}`),
        { key, dsaEncoding: 'ieee-p1363' },
        Buffer.from(s ?? '', 'base64url'),
      ),
    ).toBe(true);
    const profile = await call<{ fullName: string }>(sandbox, 'GET', '/v1/profile', {
      as: res.body.access_token,
    });
    expect(profile.status).toBe(200);
    expect(profile.body.fullName).toBe('Nguyễn Văn An');
  });

  it('refuses a wrong verifier, and the code is then used up', async () => {
    const p = pkce();
    const c = await code(p);
    const wrong = await exchange(pkce(), c);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toBe('invalid_grant');
    expect((await exchange(p, c)).body.error).toBe('invalid_grant');
  });

  it('refuses a reused code', async () => {
    const p = pkce();
    const c = await code(p);
    expect((await exchange(p, c)).status).toBe(200);
    const again = await exchange(p, c);
    expect(again.status).toBe(400);
    expect(again.body.error).toBe('invalid_grant');
  });

  it('refuses another redirect_uri and a missing verifier', async () => {
    const p = pkce();
    expect(
      (await exchange(p, await code(p), { redirect_uri: 'http://127.0.0.1:5173/other' })).body.error,
    ).toBe('invalid_grant');
    const missing = await token<OAuthErrorBody>({
      grant_type: 'authorization_code',
      code: await code(p),
      redirect_uri: REDIRECT,
      client_id: PORTAL,
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error).toBe('invalid_request');
  });

  it('refuses a code older than a minute on the sandbox clock', async () => {
    const p = pkce();
    const c = await code(p);
    clock.advance(60_000);
    expect((await exchange(p, c)).body.error).toBe('invalid_grant');
  });
});

describe('refresh tokens', () => {
  it('rotate: the new one works, the old one is refused and revokes the chain', async () => {
    const p = pkce();
    const first = await exchange(p, await code(p));
    const old = first.body.refresh_token ?? '';
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: old, client_id: PORTAL });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(old);
    expect(jwtClaims(refreshed.body.access_token)).toMatchObject({ sub: 'citizen-an' });
    const reused = await token<OAuthErrorBody>({
      grant_type: 'refresh_token',
      refresh_token: old,
      client_id: PORTAL,
    });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    const revoked = await token<OAuthErrorBody>({
      grant_type: 'refresh_token',
      refresh_token: refreshed.body.refresh_token ?? '',
      client_id: PORTAL,
    });
    expect(revoked.body.error).toBe('invalid_grant');
  });
});

describe('client credentials', () => {
  const basic = `Basic ${Buffer.from('sandbox-server:sandbox-server-secret').toString('base64')}`;

  it('gives the server client an access token (HTTP Basic or body)', async () => {
    const res = await token(
      { grant_type: 'client_credentials', scope: 'statistics' },
      { authorization: basic },
    );
    expect(res.status).toBe(200);
    expect(res.body.refresh_token).toBeUndefined();
    expect(jwtClaims(res.body.access_token)).toMatchObject({ sub: 'sandbox-server', scope: 'statistics' });
    const body = await token({
      grant_type: 'client_credentials',
      client_id: 'sandbox-server',
      client_secret: 'sandbox-server-secret',
    });
    expect(body.body.scope).toBe('statistics webhooks');
    // A server token is not a citizen's.
    expect((await call(sandbox, 'GET', '/v1/profile', { as: res.body.access_token })).status).toBe(403);
  });

  it('answers 401 invalid_client for a wrong secret, 400 for the public client or an unknown scope', async () => {
    const wrong = await token<OAuthErrorBody>({
      grant_type: 'client_credentials',
      client_id: 'sandbox-server',
      client_secret: 'nope',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe('invalid_client');
    const badBasic = await token<OAuthErrorBody>(
      { grant_type: 'client_credentials' },
      { authorization: 'Basic !!' },
    );
    expect(badBasic.status).toBe(401);
    expect(badBasic.headers.get('www-authenticate')).toMatch(/^Basic/);
    const publicClient = await token<OAuthErrorBody>({ grant_type: 'client_credentials', client_id: PORTAL });
    expect(publicClient.body.error).toBe('unauthorized_client');
    const scope = await token<OAuthErrorBody>(
      { grant_type: 'client_credentials', scope: 'dossiers' },
      { authorization: basic },
    );
    expect(scope.body.error).toBe('invalid_scope');
  });

  it('answers unsupported_grant_type, and invalid_request for a JSON body', async () => {
    expect((await token<OAuthErrorBody>({ grant_type: 'password', client_id: PORTAL })).body.error).toBe(
      'unsupported_grant_type',
    );
    const json = await call<OAuthErrorBody>(sandbox, 'POST', '/v1/auth/token', {
      json: { grant_type: 'client_credentials' },
    });
    expect(json.status).toBe(400);
    expect(json.body.error).toBe('invalid_request');
  });
});

describe('access tokens on the API', () => {
  it('answer 401 invalid_token once expired on the sandbox clock', async () => {
    const p = pkce();
    const { access_token: access } = (await exchange(p, await code(p, 'citizen-binh'))).body;
    expect((await call(sandbox, 'GET', '/v1/profile', { as: access })).status).toBe(200);
    clock.advance(15 * 60 * 1000);
    const expired = await call(sandbox, 'GET', '/v1/profile', { as: access });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('invalid_token');
  });

  it('answer 401 invalid_token when forged', async () => {
    const p = pkce();
    const { access_token: access } = (await exchange(p, await code(p))).body;
    const [header, , signature] = access.split('.');
    const claims = { ...jwtClaims(access), sub: 'citizen-binh' };
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const res = await call(sandbox, 'GET', '/v1/profile', { as: forged });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_token');
    const other = await startSandbox();
    try {
      // Signed by another sandbox's key.
      expect((await call(other, 'GET', '/v1/profile', { as: access })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
