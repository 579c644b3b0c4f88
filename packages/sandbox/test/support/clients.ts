/** Access tokens of the sandbox's server client (client credentials). */
import type { Sandbox } from '@dvc-kit/sandbox';
import { call } from './http.js';
import { FORM, formBody, type Tokens } from './oidc.js';

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
