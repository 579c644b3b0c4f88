/**
 * Refresh tokens: random and opaque, kept in memory, valid for {@link REFRESH_TOKEN_LIFETIME_MS} on
 * the sandbox clock, and rotated: using one replaces it with a new one, and the old one stops
 * working. Presenting an already rotated token again revokes the whole chain (RFC 9700 §4.14), its access
 * tokens included (they carry the chain id as `sid`).
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';

/** How long a refresh token lasts: 30 days. */
export const REFRESH_TOKEN_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;

/** What a refresh token stands for. */
export interface RefreshGrant {
  clientId: string;
  personaId: string;
  scope: string;
}

interface Entry {
  grant: RefreshGrant;
  family: string;
  expiresAt: number;
  used: boolean;
}

/** The refresh tokens issued. */
export class RefreshTokens {
  readonly #tokens = new Map<string, Entry>();
  /** Grant chains revoked (a refresh token or a code used twice): their access tokens stop working too. */
  readonly #revoked = new Set<string>();

  constructor(private readonly clock: Clock) {}

  /** A new grant chain id. */
  static newFamily(): string {
    return randomBytes(16).toString('hex');
  }

  /** A new token for `grant`, starting a new chain unless `family` is given. */
  issue(grant: RefreshGrant, family: string = RefreshTokens.newFamily()): string {
    const token = randomBytes(32).toString('base64url');
    this.#tokens.set(token, {
      grant,
      family,
      expiresAt: this.clock.now().getTime() + REFRESH_TOKEN_LIFETIME_MS,
      used: false,
    });
    return token;
  }

  /**
   * Rotates `token`: the grant and a replacement token, or `undefined` when it is unknown, expired,
   * revoked or already used (which revokes its chain).
   */
  rotate(token: string): { grant: RefreshGrant; next: string; family: string } | undefined {
    const entry = this.#tokens.get(token);
    if (entry === undefined) return undefined;
    if (entry.used) {
      this.revoke(entry.family);
      return undefined;
    }
    if (entry.expiresAt <= this.clock.now().getTime()) {
      this.#tokens.delete(token);
      return undefined;
    }
    entry.used = true;
    return { grant: entry.grant, next: this.issue(entry.grant, entry.family), family: entry.family };
  }

  /** Revokes the chain `family`: its refresh tokens, and its access tokens through {@link isRevoked}. */
  revoke(family: string): void {
    this.#revoked.add(family);
    for (const [token, entry] of this.#tokens) if (entry.family === family) this.#tokens.delete(token);
  }

  /** Whether the chain `family` was revoked. */
  isRevoked(family: string): boolean {
    return this.#revoked.has(family);
  }
}
