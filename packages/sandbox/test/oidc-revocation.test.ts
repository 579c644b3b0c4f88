/**
 * Issue 15, item 8: refresh-token reuse and authorization-code reuse revoke the whole chain (its
 * access tokens too); `iat`, `nbf` and the lifetime of access tokens are checked; wrong client
 * secrets are throttled with 429 and Retry-After. Also item 11: the token endpoint's content type
 * is case-insensitive.
 */
import { createPrivateKey, randomBytes, sign, type JsonWebKey } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONDAY_9AM } from './support/dossiers.js';
import { call } from './support/http.js';
import {
  authorizeQuery,
  FORM,
  formBody,
  jwtClaims,
  pkce,
  PORTAL,
  REDIRECT,
  type Tokens,
} from './support/oidc.js';

const clock = manualClock(MONDAY_9AM);
const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-revoke-'));
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ port: 0, dataDir: dir, clock, lifecycle: { auto: false } });
});
afterAll(async () => {
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

async function codeAndVerifier(): Promise<{ code: string; verifier: string }> {
  const p = pkce();
  const query = authorizeQuery(p.challenge, {
    login_hint: 'citizen-an',
    sandbox_auto_approve: 'true',
    scope: 'openid dossiers',
  });
  const auth = await call(sandbox, 'GET', `/v1/auth/authorize?${query}`);
  return {
    code: new URL(auth.headers.get('location') ?? '').searchParams.get('code') ?? '',
    verifier: p.verifier,
  };
}

const exchange = (code: string, verifier: string) =>
  call<Tokens>(sandbox, 'POST', '/v1/auth/token', {
    body: formBody({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: PORTAL,
    }),
    headers: FORM,
  });

const refresh = (token: string) =>
  call<Tokens>(sandbox, 'POST', '/v1/auth/token', {
    body: formBody({ grant_type: 'refresh_token', refresh_token: token, client_id: PORTAL }),
    headers: FORM,
  });

const works = async (accessToken: string): Promise<number> =>
  (await call(sandbox, 'GET', '/v1/dossiers', { as: accessToken })).status;

describe('revoking a grant chain', () => {
  it('revokes every access and refresh token of a chain when a refresh token is used twice', async () => {
    const { code, verifier } = await codeAndVerifier();
    const first = (await exchange(code, verifier)).body;
    const second = (await refresh(first.refresh_token ?? '')).body;
    expect(await works(first.access_token)).toBe(200);
    expect(await works(second.access_token)).toBe(200);
    const reused = await refresh(first.refresh_token ?? '');
    expect(reused.status).toBe(400);
    expect(await works(first.access_token)).toBe(401);
    expect(await works(second.access_token)).toBe(401);
    expect((await refresh(second.refresh_token ?? '')).status).toBe(400);
  });

  it('revokes the tokens of the first exchange when an authorization code is redeemed twice', async () => {
    const { code, verifier } = await codeAndVerifier();
    const first = await exchange(code, verifier);
    expect(first.status).toBe(200);
    expect(await works(first.body.access_token)).toBe(200);
    const again = await exchange(code, verifier);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant' });
    expect(await works(first.body.access_token)).toBe(401);
    expect((await refresh(first.body.refresh_token ?? '')).status).toBe(400);
    // Another login of the same persona is not affected.
    const other = await codeAndVerifier();
    expect(await works((await exchange(other.code, other.verifier)).body.access_token)).toBe(200);
  });
});

describe('access token times', () => {
  /** A token signed with the sandbox's own key (read from its data directory), with `claims` changed. */
  async function signed(change: Record<string, unknown>): Promise<string> {
    const { code, verifier } = await codeAndVerifier();
    const genuine = (await exchange(code, verifier)).body.access_token;
    const [header] = genuine.split('.');
    const claims = { ...jwtClaims(genuine), ...change };
    const input = `${header ?? ''}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    const key = createPrivateKey({
      key: JSON.parse(readFileSync(join(dir, 'oidc-signing-key.json'), 'utf8')) as JsonWebKey,
      format: 'jwk',
    });
    return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
  }
  const now = () => Math.floor(clock.now().getTime() / 1000);

  it('refuses iat in the future, nbf in the future, a missing iat and a lifetime over 15 minutes', async () => {
    expect(await works(await signed({ jti: randomBytes(8).toString('hex') }))).toBe(200);
    expect(await works(await signed({ iat: now() + 3600, exp: now() + 3600 + 900 }))).toBe(401);
    expect(await works(await signed({ nbf: now() + 3600 }))).toBe(401);
    expect(await works(await signed({ iat: undefined }))).toBe(401);
    expect(await works(await signed({ iat: now(), exp: now() + 365 * 24 * 3600 }))).toBe(401);
  });
});

describe('client secrets', () => {
  const attempt = (secret: string, contentType = FORM['content-type']) =>
    call<Tokens>(sandbox, 'POST', '/v1/auth/token', {
      body: formBody({
        grant_type: 'client_credentials',
        client_id: 'sandbox-server',
        client_secret: secret,
        scope: 'webhooks',
      }),
      headers: { 'content-type': contentType },
    });

  it('takes the content type in any case', async () => {
    expect(
      (await attempt('sandbox-server-secret', 'Application/X-WWW-Form-URLencoded; Charset=UTF-8')).status,
    ).toBe(200);
  });

  it('throttles wrong secrets with 429 and Retry-After, the right one included, until the window passes', async () => {
    for (let i = 0; i < 5; i++) expect((await attempt(`guess-${i}`)).status).toBe(401);
    const throttled = await attempt('guess-5');
    expect(throttled.status).toBe(429);
    expect(throttled.body).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await attempt('sandbox-server-secret')).status).toBe(429);
    clock.advance(61_000);
    expect((await attempt('sandbox-server-secret')).status).toBe(200);
  });
});
