/** Browser sign-in: OAuth 2 authorization code with PKCE (S256) against the portal's OIDC provider. */
import { AuthenticationError } from '../errors.js';
import { base64url, randomToken } from '../internal/base64url.js';
import { memoryStore, type TokenStore } from './token-store.js';
import { requestTokens, type OAuthOptions, type TokenSet } from './token-set.js';
import { TokenSource } from './token-source.js';
import type { AuthProvider } from './types.js';

/** Options of `pkceAuth`. */
export interface PkceOptions extends OAuthOptions {
  /** The provider's issuer, e.g. `http://127.0.0.1:4010/v1/auth`; endpoints are `/authorize` and `/token` below it. */
  readonly issuer: string;
  /** The public client id (the sandbox's is `sandbox-portal`). */
  readonly clientId: string;
  /** Where the provider sends the browser back. */
  readonly redirectUri: string;
  /** Scopes (default `openid profile dossiers payments`). */
  readonly scope?: string | undefined;
  /** Where tokens and the pending sign-in live (default: memory; `webStorageStore(sessionStorage)` survives the redirect). */
  readonly store?: TokenStore | undefined;
  /** The authorization endpoint, when it is not `<issuer>/authorize`. */
  readonly authorizationEndpoint?: string | undefined;
  /** The token endpoint, when it is not `<issuer>/token`. */
  readonly tokenEndpoint?: string | undefined;
}

/** What to add to the authorization request. */
export interface AuthorizeParams {
  /** Preselects an account (`login_hint`). */
  readonly loginHint?: string | undefined;
  /** Any other parameters, e.g. the sandbox's `sandbox_auto_approve: 'true'`. */
  readonly extraParams?: Readonly<Record<string, string>> | undefined;
}

/** A PKCE session: an `AuthProvider` with sign-in and sign-out. */
export interface PkceAuth extends AuthProvider {
  /** Makes the URL to send the browser to, remembering the verifier, state and nonce. */
  authorizationUrl(params?: AuthorizeParams): Promise<string>;
  /** Takes the URL the provider sent the browser back to, checks `state`, and exchanges the code. */
  handleCallback(callbackUrl: string | URL): Promise<TokenSet>;
  /** The current tokens, if signed in. */
  tokens(): Promise<TokenSet | undefined>;
  /** Forgets the tokens. */
  signOut(): Promise<void>;
}

const PENDING = 'pending';

/** Creates a PKCE session for a public client. Tokens are refreshed with the refresh token. */
export function pkceAuth(options: PkceOptions): PkceAuth {
  const store = options.store ?? memoryStore();
  const issuer = options.issuer.replace(/\/+$/, '');
  const tokenEndpoint = options.tokenEndpoint ?? `${issuer}/token`;
  const source = new TokenSource(
    async (current) => {
      if (current?.refreshToken === undefined) return undefined;
      const grant = {
        grant_type: 'refresh_token',
        refresh_token: current.refreshToken,
        client_id: options.clientId,
      };
      return requestTokens(tokenEndpoint, grant, options);
    },
    store,
    options,
  );
  return {
    getToken: (signal) => source.getToken(signal),
    invalidate: (token) => source.invalidate(token),
    tokens: () => source.tokens(),
    signOut: () => source.save(undefined),
    async authorizationUrl(params = {}) {
      const verifier = randomToken();
      const state = randomToken(16);
      const nonce = randomToken(16);
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
      await store.set(PENDING, JSON.stringify({ verifier, state }));
      const url = new URL(options.authorizationEndpoint ?? `${issuer}/authorize`);
      const query: Record<string, string | undefined> = {
        response_type: 'code',
        client_id: options.clientId,
        redirect_uri: options.redirectUri,
        scope: options.scope ?? 'openid profile dossiers payments',
        state,
        nonce,
        code_challenge: base64url(new Uint8Array(digest)),
        code_challenge_method: 'S256',
        login_hint: params.loginHint,
        ...params.extraParams,
      };
      for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
      return url.href;
    },
    async handleCallback(callbackUrl) {
      const params = new URL(callbackUrl).searchParams;
      const raw = await store.get(PENDING);
      await store.delete(PENDING);
      const pending = raw === null ? undefined : (JSON.parse(raw) as { verifier: string; state: string });
      const fail = (code: string, message: string): AuthenticationError =>
        new AuthenticationError(message, { code });
      // `state` first: an `error=` answer that does not match our request is someone else's.
      if (!pending || params.get('state') !== pending.state)
        throw fail('state_mismatch', 'The sign-in answer does not match the request.');
      if (params.has('error')) throw fail(params.get('error') ?? 'access_denied', 'The sign-in was refused.');
      const tokens = await requestTokens(
        tokenEndpoint,
        {
          grant_type: 'authorization_code',
          code: params.get('code') ?? '',
          redirect_uri: options.redirectUri,
          code_verifier: pending.verifier,
          client_id: options.clientId,
        },
        options,
      );
      await source.save(tokens);
      return tokens;
    },
  };
}
