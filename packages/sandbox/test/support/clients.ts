/** Access tokens of the sandbox's server client (client credentials). */
import type { Sandbox } from '@dvc-kit/sandbox';
import { call, postWithHost } from './http.js';
import { authorizeQuery, FORM, formBody, pkce, PORTAL, REDIRECT, type Tokens } from './oidc.js';

/** A client-credentials access token of `sandbox-server` with `scope`. */
export async function clientToken(sandbox: Pick<Sandbox, 'url'>, scope = 'webhooks'): Promise<string> {
  const res = await call<Tokens>(sandbox, 'POST', '/v1/auth/token', {
    body: formBody({
      grant_type: 'client_credentials',
      client_id: 'sandbox-server',
      client_secret: 'sandbox-server-secret',
      scope,
    }),
    headers: FORM,
  });
  if (res.status !== 200) throw new Error(`token failed: ${res.text}`);
  return res.body.access_token;
}

/**
 * An access token of `persona` with `scope`, through the authorization-code flow with PKCE. With
 * `host`, the token is asked for under that `Host` (its issuer is then that origin's).
 */
export async function personaToken(
  sandbox: Pick<Sandbox, 'url'>,
  persona = 'citizen-an',
  scope = 'openid profile dossiers payments',
  host?: string,
): Promise<string> {
  const p = pkce();
  const query = authorizeQuery(p.challenge, { login_hint: persona, sandbox_auto_approve: 'true', scope });
  const auth = await call(sandbox, 'GET', `/v1/auth/authorize?${query}`);
  const code = new URL(auth.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const body = formBody({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    code_verifier: p.verifier,
    client_id: PORTAL,
  });
  const res =
    host === undefined
      ? await call<Tokens>(sandbox, 'POST', '/v1/auth/token', { body, headers: FORM })
      : await postWithHost<Tokens>(sandbox, '/v1/auth/token', body, { ...FORM, host });
  if (res.status !== 200) throw new Error(`token failed: ${res.text}`);
  return res.body.access_token;
}
