import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox } from './support/http.js';
import { authorizeQuery, pkce, REDIRECT } from './support/oidc.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const { challenge } = pkce();
const auto = { login_hint: 'citizen-an', sandbox_auto_approve: 'true' };

function location(headers: Headers): URL {
  const value = headers.get('location');
  expect(value).not.toBeNull();
  return new URL(value ?? '');
}

describe('GET /v1/auth/authorize', () => {
  it('shows an accessible persona picker without scripts, the hinted persona checked', async () => {
    const res = await call<string>(
      sandbox,
      'GET',
      `/v1/auth/authorize?${authorizeQuery(challenge, { login_hint: 'citizen-hoa' })}`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.text).toContain('<html lang="vi">');
    expect(res.text).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
    expect(res.text).toMatch(/<form method="post" action="\/v1\/auth\/authorize">/);
    expect(res.text).toMatch(
      /<input type="radio" name="persona" id="persona-citizen-hoa" value="citizen-hoa"[^>]* checked>/,
    );
    expect(res.text).toContain('<label for="persona-citizen-an">Nguyễn Văn An</label>');
    expect(res.text).toMatch(/<button type="submit">Đăng nhập/);
    expect(res.text).toContain(`name="code_challenge" value="${challenge}"`);
  });

  it('escapes what the client sends', async () => {
    const res = await call<string>(
      sandbox,
      'GET',
      `/v1/auth/authorize?${authorizeQuery(challenge, { state: '"><script>x</script>' })}`,
    );
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('value="&#34;&#62;&#60;script&#62;x&#60;/script&#62;"');
  });

  it('redirects straight back with a code and the state when auto-approved (sandbox only)', async () => {
    const res = await call(sandbox, 'GET', `/v1/auth/authorize?${authorizeQuery(challenge, auto)}`);
    expect(res.status).toBe(302);
    const url = location(res.headers);
    expect(`${url.origin}${url.pathname}`).toBe(REDIRECT);
    expect(url.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBe('xyz-123');
  });

  it('gives a new code each time', async () => {
    const codes = new Set<string | null>();
    for (let i = 0; i < 3; i += 1) {
      const res = await call(sandbox, 'GET', `/v1/auth/authorize?${authorizeQuery(challenge, auto)}`);
      codes.add(location(res.headers).searchParams.get('code'));
    }
    expect(codes.size).toBe(3);
  });

  it.each([
    ['plain PKCE', { code_challenge_method: 'plain' }, 'invalid_request'],
    ['no PKCE', { code_challenge: undefined, code_challenge_method: undefined }, 'invalid_request'],
    ['a short challenge', { code_challenge: 'abc' }, 'invalid_request'],
    ['another response type', { response_type: 'token' }, 'unsupported_response_type'],
    ['no openid scope', { scope: 'profile' }, 'invalid_scope'],
    ['a scope of server clients', { scope: 'openid statistics' }, 'invalid_scope'],
  ])('redirects back with an error for %s', async (_name, overrides, error) => {
    const res = await call(
      sandbox,
      'GET',
      `/v1/auth/authorize?${authorizeQuery(challenge, { ...auto, ...overrides })}`,
    );
    expect(res.status).toBe(302);
    const url = location(res.headers);
    expect(url.searchParams.get('error')).toBe(error);
    expect(url.searchParams.get('state')).toBe('xyz-123');
    expect(url.searchParams.has('code')).toBe(false);
  });

  it.each([
    ['an unknown client', { client_id: 'nobody' }],
    ['the server client', { client_id: 'sandbox-server' }],
    ['a redirect URI off this machine', { redirect_uri: 'https://evil.example/callback' }],
    ['an https loopback redirect URI', { redirect_uri: 'https://127.0.0.1/callback' }],
    ['a redirect URI with credentials', { redirect_uri: 'http://user:pw@127.0.0.1/callback' }],
    ['no redirect URI', { redirect_uri: undefined }],
  ])('answers 400 without redirecting for %s', async (_name, overrides) => {
    const res = await call(
      sandbox,
      'GET',
      `/v1/auth/authorize?${authorizeQuery(challenge, { ...auto, ...overrides })}`,
    );
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
    expect(res.body.error.code).toBe('invalid_authorization_request');
  });

  it('answers 400 when auto-approving without a known persona', async () => {
    const res = await call(
      sandbox,
      'GET',
      `/v1/auth/authorize?${authorizeQuery(challenge, { ...auto, login_hint: 'nobody' })}`,
    );
    expect(res.status).toBe(400);
  });
});

describe('POST /v1/auth/authorize (the picker form)', () => {
  const form = (fields: Record<string, string | undefined>): string =>
    authorizeQuery(challenge, { persona: 'citizen-binh', ...fields });
  const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' };

  it('redirects back with a code for the chosen persona', async () => {
    const res = await call(sandbox, 'POST', '/v1/auth/authorize', { body: form({}), headers: formHeaders });
    expect(res.status).toBe(302);
    const url = location(res.headers);
    expect(url.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toBe('xyz-123');
  });

  it('refuses an unknown persona, a wrong redirect URI and another content type', async () => {
    const unknown = await call(sandbox, 'POST', '/v1/auth/authorize', {
      body: form({ persona: 'x' }),
      headers: formHeaders,
    });
    expect(unknown.status).toBe(400);
    const redirect = await call(sandbox, 'POST', '/v1/auth/authorize', {
      body: form({ redirect_uri: 'https://evil.example/' }),
      headers: formHeaders,
    });
    expect(redirect.status).toBe(400);
    const json = await call(sandbox, 'POST', '/v1/auth/authorize', { json: { persona: 'citizen-an' } });
    expect(json.status).toBe(415);
  });

  it('redirects plain PKCE back as invalid_request', async () => {
    const res = await call(sandbox, 'POST', '/v1/auth/authorize', {
      body: form({ code_challenge_method: 'plain' }),
      headers: formHeaders,
    });
    expect(res.status).toBe(302);
    expect(location(res.headers).searchParams.get('error')).toBe('invalid_request');
  });
});
