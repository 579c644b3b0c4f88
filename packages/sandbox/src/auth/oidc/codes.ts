/**
 * Authorization codes: random, single-use, valid for {@link CODE_LIFETIME_MS} on the sandbox clock.
 * They are kept in memory only (a restart ends pending logins, as it would on a real provider).
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';

/** How long a code can be exchanged: one minute. */
export const CODE_LIFETIME_MS = 60_000;

/** How long an exchanged code is remembered, to revoke its tokens if it comes back. */
const EXCHANGED_KEPT_MS = 24 * 60 * 60 * 1000;

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
  /** Codes already exchanged, with the grant chain they started, kept a while to catch a replay. */
  readonly #exchanged = new Map<string, { family: string; until: number }>();

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

  /** Records that `code` was exchanged for the tokens of chain `family`. */
  exchanged(code: string, family: string): void {
    this.#exchanged.set(code, { family, until: this.clock.now().getTime() + EXCHANGED_KEPT_MS });
  }

  /** The chain `code` started when it is presented again (RFC 6749 §4.1.2: revoke its tokens). */
  replayedFamily(code: string): string | undefined {
    return this.#exchanged.get(code)?.family;
  }

  #sweep(): void {
    const now = this.clock.now().getTime();
    for (const [code, entry] of this.#exchanged) if (entry.until <= now) this.#exchanged.delete(code);
    for (const [code, entry] of this.#codes) if (entry.expiresAt <= now) this.#codes.delete(code);
  }
}
