/** PKCE and authorize helpers for the OpenID Connect tests. */
import { createHash, randomBytes } from 'node:crypto';

export const PORTAL = 'sandbox-portal';
export const REDIRECT = 'http://127.0.0.1:5173/callback';

export interface Pkce {
  verifier: string;
  challenge: string;
}

/** A fresh PKCE verifier and its S256 challenge. */
export function pkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The query of an authorization request, with `overrides` (an `undefined` value removes a parameter). */
export function authorizeQuery(
  challenge: string,
  overrides: Record<string, string | undefined> = {},
): string {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: PORTAL,
    redirect_uri: REDIRECT,
    scope: 'openid profile',
    state: 'xyz-123',
    nonce: 'n-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...overrides,
  };
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined) search.set(name, value);
  return search.toString();
}

/** A token response. */
export interface Tokens {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
  id_token?: string;
  scope?: string;
}

export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** An `application/x-www-form-urlencoded` body. */
export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** The claims of a JWT (not verified). */
export function jwtClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}
