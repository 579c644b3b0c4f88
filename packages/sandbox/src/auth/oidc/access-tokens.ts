/**
 * Access and ID tokens: ES256 JWTs. Access tokens (`typ: at+jwt`, RFC 9068) are for the portal API
 * (audience {@link API_AUDIENCE}) and expire after {@link ACCESS_TOKEN_LIFETIME_S} on the sandbox
 * clock; {@link jwtAuthenticator} accepts them beside the personas' fixed tokens.
 */
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { Authenticator, TokenContext } from '../authenticator.js';
import { getOfficial } from '../officials.js';
import { getPersona } from '../personas.js';
import { getClient } from './clients.js';
import type { Principal } from '../principal.js';
import { signJwt, verifyJwt, type JwtClaims } from './jwt.js';
import type { SigningKey } from './keys.js';

/** The audience of access tokens: the portal API. */
export const API_AUDIENCE = 'dvc-portal-api';

/** How long an access token (and an ID token) lasts: 15 minutes. */
export const ACCESS_TOKEN_LIFETIME_S = 15 * 60;

const ACCESS_TYP = 'at+jwt';

/** Who an access token is for: a persona logged in through a client, or a client itself. */
export interface AccessSubject {
  issuer: string;
  clientId: string;
  /** The persona's or official's id, or `undefined` for a client-credentials token. */
  personaId: string | undefined;
  scope: string;
  /** The grant chain (authorization code and its refresh tokens) it belongs to, as `sid`. */
  chain?: string;
}

/** How far ahead of the sandbox clock `iat` and `nbf` may be (clock skew). */
const LEEWAY_S = 60;

/** A signed access token for `subject`, issued now by `clock`. */
export function issueAccessToken(subject: AccessSubject, key: SigningKey, clock: Clock): string {
  const iat = Math.floor(clock.now().getTime() / 1000);
  return signJwt(
    {
      iss: subject.issuer,
      sub: subject.personaId ?? subject.clientId,
      aud: API_AUDIENCE,
      client_id: subject.clientId,
      scope: subject.scope,
      iat,
      exp: iat + ACCESS_TOKEN_LIFETIME_S,
      jti: randomBytes(16).toString('hex'),
      ...(subject.chain === undefined ? {} : { sid: subject.chain }),
    },
    key,
    ACCESS_TYP,
  );
}

/** A signed ID token for `personaId`, for the client `clientId`. */
export function issueIdToken(
  claims: { issuer: string; clientId: string; personaId: string; nonce: string | undefined },
  key: SigningKey,
  clock: Clock,
): string {
  const iat = Math.floor(clock.now().getTime() / 1000);
  const body: JwtClaims = {
    iss: claims.issuer,
    sub: claims.personaId,
    aud: claims.clientId,
    iat,
    auth_time: iat,
    exp: iat + ACCESS_TOKEN_LIFETIME_S,
  };
  if (claims.nonce !== undefined) body['nonce'] = claims.nonce;
  return signJwt(body, key);
}

function principalOf(claims: JwtClaims): Principal | undefined {
  const { sub, client_id: clientId, scope } = claims;
  if (typeof sub !== 'string' || typeof clientId !== 'string' || typeof scope !== 'string') return undefined;
  if (sub === clientId) {
    const agencyId = getClient(clientId)?.agencyId;
    return agencyId === undefined
      ? { kind: 'client', clientId, scope }
      : { kind: 'client', clientId, scope, agencyId };
  }
  const persona = getPersona(sub);
  if (persona !== undefined)
    return { kind: 'persona', personaId: persona.id, accountType: persona.accountType, scope, clientId };
  const official = getOfficial(sub);
  return official === undefined
    ? undefined
    : { kind: 'official', officialId: official.id, agencyId: official.agencyId, scope, clientId };
}

/**
 * Accepts this provider's access tokens: signature, type, audience, expiry on `clock`, `iat` and
 * `nbf` not in the future, a lifetime no longer than {@link ACCESS_TOKEN_LIFETIME_S}, a grant chain
 * (`sid`) not revoked, and the issuer when the context names one.
 */
export function jwtAuthenticator(
  key: SigningKey,
  clock: Clock,
  isRevoked: (chain: string) => boolean = () => false,
): Authenticator {
  return {
    authenticate(token: string, context?: TokenContext): Principal | undefined {
      const claims = verifyJwt(token, key, ACCESS_TYP);
      if (claims === undefined || claims['aud'] !== API_AUDIENCE) return undefined;
      if (context !== undefined && claims['iss'] !== context.issuer) return undefined;
      const now = clock.now().getTime() / 1000;
      const { exp, iat, nbf, sid } = claims;
      if (typeof exp !== 'number' || exp <= now) return undefined;
      // Issued in the future, not valid yet, or living longer than this provider ever issues: forged or foreign.
      if (typeof iat !== 'number' || iat > now + LEEWAY_S || exp - iat > ACCESS_TOKEN_LIFETIME_S)
        return undefined;
      if (nbf !== undefined && (typeof nbf !== 'number' || nbf > now + LEEWAY_S)) return undefined;
      if (sid !== undefined && (typeof sid !== 'string' || isRevoked(sid))) return undefined;
      return principalOf(claims);
    },
  };
}
