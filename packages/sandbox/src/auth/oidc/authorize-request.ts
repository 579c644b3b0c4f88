/**
 * Checking an authorization request (RFC 6749 §4.1.1 with PKCE, RFC 7636). A request whose client
 * or redirect URI is wrong must not be redirected (`fatal`); any other error goes back to the
 * client's redirect URI (`redirect`).
 */
import { getClient } from './clients.js';

/** A valid authorization request. */
export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string | undefined;
  nonce: string | undefined;
  codeChallenge: string;
}

/** The outcome of {@link checkAuthorizeRequest}. */
export type AuthorizeCheck =
  | { ok: true; request: AuthorizeRequest }
  | { ok: false; fatal: true; reason: 'client_id' | 'redirect_uri' }
  | {
      ok: false;
      fatal: false;
      redirectUri: string;
      state: string | undefined;
      error: 'invalid_request' | 'unsupported_response_type' | 'invalid_scope' | 'unauthorized_client';
      description: string;
    };

/** One parameter by name: `undefined` when missing or empty. */
export type ParamReader = (name: string) => string | undefined;

const CHALLENGE = /^[A-Za-z0-9_-]{43}$/;
const short = (value: string | undefined): boolean => value === undefined || value.length <= 500;

/** Checks the parameters of `GET` or `POST /v1/auth/authorize`. */
export function checkAuthorizeRequest(read: ParamReader): AuthorizeCheck {
  const client = getClient(read('client_id') ?? '');
  if (client === undefined) return { ok: false, fatal: true, reason: 'client_id' };
  const redirectUri = read('redirect_uri');
  if (redirectUri === undefined || redirectUri.length > 2000 || !client.acceptsRedirect(redirectUri)) {
    return { ok: false, fatal: true, reason: 'redirect_uri' };
  }
  const stateValue = read('state');
  const state = short(stateValue) ? stateValue : undefined;
  const fail = (
    error: Extract<AuthorizeCheck, { fatal: false }>['error'],
    description: string,
  ): AuthorizeCheck => ({
    ok: false,
    fatal: false,
    redirectUri,
    state,
    error,
    description,
  });
  if (!client.grantTypes.includes('authorization_code')) {
    return fail('unauthorized_client', 'This client may not use the authorization code flow.');
  }
  if (read('response_type') !== 'code') return fail('unsupported_response_type', 'Only response_type=code.');
  if (!short(stateValue) || !short(read('nonce')))
    return fail('invalid_request', 'state or nonce is too long.');
  if (read('code_challenge_method') !== 'S256') {
    return fail('invalid_request', 'PKCE is required, with code_challenge_method=S256 (plain is refused).');
  }
  const codeChallenge = read('code_challenge');
  if (codeChallenge === undefined || !CHALLENGE.test(codeChallenge)) {
    return fail('invalid_request', 'code_challenge must be the base64url SHA-256 of the code verifier.');
  }
  const scopes = (read('scope') ?? '').split(' ').filter((s) => s !== '');
  if (scopes.length === 0 || !scopes.includes('openid'))
    return fail('invalid_scope', 'scope must include openid.');
  if (scopes.some((s) => !client.scopes.includes(s)))
    return fail('invalid_scope', 'Unknown or forbidden scope.');
  return {
    ok: true,
    request: {
      clientId: client.id,
      redirectUri,
      scope: [...new Set(scopes)].join(' '),
      state,
      nonce: read('nonce'),
      codeChallenge,
    },
  };
}
