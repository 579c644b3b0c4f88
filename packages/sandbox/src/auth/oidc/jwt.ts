/**
 * Compact JSON Web Tokens signed with ES256 (RFC 7515, 7519), on node:crypto alone. Verification
 * checks the header, the key id and the signature; the claims (expiry, audience) are the caller's.
 */
import { sign, verify } from 'node:crypto';
import type { SigningKey } from './keys.js';

/** The claims of a token: JSON values by name. */
export type JwtClaims = Record<string, unknown>;

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

function decodeJson(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Signs `claims` with `key` (ES256, `kid` in the header, `typ` as given). */
export function signJwt(claims: JwtClaims, key: SigningKey, typ = 'JWT'): string {
  const input = `${encode({ alg: 'ES256', typ, kid: key.kid })}.${encode(claims)}`;
  const signature = sign('sha256', Buffer.from(input), { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return `${input}.${signature.toString('base64url')}`;
}

/**
 * The claims of `token` when it is a well-formed ES256 JWT signed by `key` with header type `typ`;
 * `undefined` otherwise (malformed, another algorithm or key, a forged signature).
 */
export function verifyJwt(token: string, key: SigningKey, typ = 'JWT'): JwtClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  const b64url = /^[A-Za-z0-9_-]+$/;
  if (!b64url.test(header) || !b64url.test(payload) || !b64url.test(signature)) return undefined;
  const head = decodeJson(header);
  if (!isRecord(head) || head['alg'] !== 'ES256' || head['kid'] !== key.kid || head['typ'] !== typ)
    return undefined;
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: key.publicKey, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!valid) return undefined;
  const claims = decodeJson(payload);
  return isRecord(claims) ? claims : undefined;
}
