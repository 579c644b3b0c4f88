/** An `AuthProvider` over a renewable token: refreshed before expiry, concurrent refreshes merged. */
import { AuthenticationError } from '../errors.js';
import type { TokenStore } from './token-store.js';
import type { OAuthOptions, TokenSet } from './token-set.js';
import type { AuthProvider } from './types.js';

const KEY = 'tokens';

/** Renews tokens: from the current set (a refresh token) or from nothing (client credentials). */
export type Renew = (current: TokenSet | undefined) => Promise<TokenSet | undefined>;

/** The token logic shared by PKCE sign-in and client credentials. */
export class TokenSource implements AuthProvider {
  readonly #renew: Renew;
  readonly #store: TokenStore;
  readonly #margin: number;
  readonly #now: () => number;
  #refreshing: Promise<TokenSet | undefined> | undefined;

  constructor(renew: Renew, store: TokenStore, options: OAuthOptions) {
    this.#renew = renew;
    this.#store = store;
    this.#margin = options.refreshMargin ?? 60_000;
    this.#now = options.now ?? Date.now;
  }

  /** The stored tokens, if any. */
  async tokens(): Promise<TokenSet | undefined> {
    const raw = await this.#store.get(KEY);
    return raw === null ? undefined : (JSON.parse(raw) as TokenSet);
  }

  /** Replaces the stored tokens (`undefined` signs out). */
  async save(tokens: TokenSet | undefined): Promise<void> {
    if (tokens === undefined) await this.#store.delete(KEY);
    else await this.#store.set(KEY, JSON.stringify(tokens));
  }

  /** The access token, renewed first when it expires within the margin. */
  async getToken(signal?: AbortSignal): Promise<string | undefined> {
    const current = await this.tokens();
    if (current && current.expiresAt - this.#margin > this.#now()) return current.accessToken;
    // The renewal is shared, so one caller's signal does not cancel it for the others.
    signal?.throwIfAborted();
    return (await this.refresh(current))?.accessToken;
  }

  /** After a 401: renew unless another call already did. */
  async invalidate(token: string): Promise<boolean> {
    const current = await this.tokens();
    if (current && current.accessToken !== token) return true;
    return (await this.refresh(current).catch(() => undefined)) !== undefined;
  }

  /** One renewal at a time: concurrent callers share it. */
  refresh(current: TokenSet | undefined): Promise<TokenSet | undefined> {
    this.#refreshing ??= this.#renew(current)
      .then(
        async (tokens) => {
          await this.save(tokens);
          return tokens;
        },
        async (error: unknown) => {
          // A refused grant (an expired or revoked refresh token) ends the session.
          if (error instanceof AuthenticationError) await this.save(undefined);
          throw error;
        },
      )
      .finally(() => {
        this.#refreshing = undefined;
      });
    return this.#refreshing;
  }
}
