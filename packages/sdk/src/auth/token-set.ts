/** The tokens of a signed-in session, and the token endpoint call that gets them. */
import { AuthenticationError } from '../errors.js';
import { errorFromResponse } from '../internal/make-error.js';
import type { TokenResponse } from '../types.js';

/** Tokens with an absolute expiry. */
export interface TokenSet {
  /** The bearer token sent to the API. */
  readonly accessToken: string;
  /** When the access token expires, in milliseconds since the epoch. */
  readonly expiresAt: number;
  /** Renews the access token (PKCE sessions). */
  readonly refreshToken?: string | undefined;
  /** The OpenID Connect ID token, when `openid` was asked for. */
  readonly idToken?: string | undefined;
  /** The granted scopes, space-separated. */
  readonly scope?: string | undefined;
}

/** Settings shared by the OAuth providers. */
export interface OAuthOptions {
  /** The `fetch` to use (default: the global one). */
  readonly fetch?: typeof fetch | undefined;
  /** Refresh this many milliseconds before expiry (default 60000). */
  readonly refreshMargin?: number | undefined;
  /** The current time in milliseconds (default `Date.now`), for tests. */
  readonly now?: (() => number) | undefined;
}

/** Posts a grant to the token endpoint and returns the tokens; OAuth errors become `AuthenticationError`. */
export async function requestTokens(
  tokenEndpoint: string,
  grant: Readonly<Record<string, string>>,
  options: OAuthOptions & {
    readonly headers?: Readonly<Record<string, string>>;
    readonly signal?: AbortSignal;
  },
): Promise<TokenSet> {
  const response = await (options.fetch ?? fetch)(tokenEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...options.headers,
    },
    body: new URLSearchParams(grant),
    signal: options.signal ?? AbortSignal.timeout(30_000),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = errorFromResponse(response.status, response.headers, body, 'en');
    if (response.status === 400 || response.status === 401)
      throw new AuthenticationError(error.message, { status: error.status, code: error.code });
    throw error;
  }
  const tokens = body as TokenResponse;
  return {
    accessToken: tokens.access_token,
    expiresAt: (options.now ?? Date.now)() + tokens.expires_in * 1000,
    refreshToken: tokens.refresh_token,
    idToken: tokens.id_token,
    scope: tokens.scope,
  };
}
