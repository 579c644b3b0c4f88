/**
 * Authorization codes: random, single-use, valid for {@link CODE_LIFETIME_MS} on the sandbox clock.
 * They are kept in memory only (a restart ends pending logins, as it would on a real provider).
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';

/** How long a code can be exchanged: one minute. */
export const CODE_LIFETIME_MS = 60_000;

/** What a code stands for. */
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  personaId: string;
  /** Space-separated scopes granted. */
  scope: string;
  nonce: string | undefined;
  /** The PKCE S256 challenge. */
  codeChallenge: string;
}

/** Pending authorization codes. */
export class AuthorizationCodes {
  readonly #codes = new Map<string, { grant: CodeGrant; expiresAt: number }>();

  constructor(private readonly clock: Clock) {}

  /** A new code for `grant`. */
  issue(grant: CodeGrant): string {
    this.#sweep();
    const code = randomBytes(32).toString('base64url');
    this.#codes.set(code, { grant, expiresAt: this.clock.now().getTime() + CODE_LIFETIME_MS });
    return code;
  }

  /** The grant of `code`, which is used up whatever happens next; `undefined` if unknown, used or expired. */
  consume(code: string): CodeGrant | undefined {
    const entry = this.#codes.get(code);
    if (entry === undefined) return undefined;
    this.#codes.delete(code);
    if (entry.expiresAt <= this.clock.now().getTime()) return undefined;
    return entry.grant;
  }

  #sweep(): void {
    const now = this.clock.now().getTime();
    for (const [code, entry] of this.#codes) if (entry.expiresAt <= now) this.#codes.delete(code);
  }
}
