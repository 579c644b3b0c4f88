/**
 * Turning a bearer token into a {@link Principal}: the personas' and officials' fixed tokens and the admin token
 * here; the OpenID Connect provider's JWT access tokens (`jwtAuthenticator` in
 * `oidc/access-tokens.ts`) are tried after them with {@link firstOf}.
 */
import { timingSafeEqual } from 'node:crypto';
import { officials } from './officials.js';
import { personas, SANDBOX_ADMIN_TOKEN } from './personas.js';
import type { Principal } from './principal.js';

/** Where a token is presented: the issuer its claims must name (JWT access tokens). */
export interface TokenContext {
  issuer: string;
}

/** Resolves a bearer token; `undefined` for an unknown, expired or forged one. */
export interface Authenticator {
  authenticate(token: string, context?: TokenContext): Principal | undefined;
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The personas' fixed tokens and the admin token. */
export const fixedTokenAuthenticator: Authenticator = {
  authenticate(token: string): Principal | undefined {
    if (same(token, SANDBOX_ADMIN_TOKEN)) return { kind: 'admin' };
    const persona = personas.find((p) => same(token, p.token));
    if (persona !== undefined)
      return { kind: 'persona', personaId: persona.id, accountType: persona.accountType };
    const official = officials.find((o) => same(token, o.token));
    return official === undefined
      ? undefined
      : { kind: 'official', officialId: official.id, agencyId: official.agencyId };
  },
};

/** Tries each authenticator in turn. */
export function firstOf(authenticators: readonly Authenticator[]): Authenticator {
  return {
    authenticate: (token, context) => {
      for (const authenticator of authenticators) {
        const principal = authenticator.authenticate(token, context);
        if (principal !== undefined) return principal;
      }
      return undefined;
    },
  };
}
