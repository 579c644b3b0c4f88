/**
 * Authenticating the client at the token endpoint (RFC 6749 §2.3): HTTP Basic or `client_id` and
 * `client_secret` in the body for the confidential client; `client_id` alone for the public one.
 */
import { timingSafeEqual } from 'node:crypto';
import { getClient, type OAuthClient } from './clients.js';

/** The client, or why it is refused (`basic`: answer with `WWW-Authenticate: Basic`). */
export type ClientAuthResult =
  | { ok: true; client: OAuthClient }
  | { ok: false; basic: boolean; /** the registered client it claimed to be, if any */ clientId?: string };

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function fromBasic(header: string): { id: string; secret: string } | undefined {
  const match = /^Basic[ ]+([A-Za-z0-9+/=]{1,1000})$/i.exec(header.trim());
  if (match?.[1] === undefined) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  try {
    return {
      id: decodeURIComponent(decoded.slice(0, colon)),
      secret: decodeURIComponent(decoded.slice(colon + 1)),
    };
  } catch {
    return undefined;
  }
}

/** Authenticates the client of a token request. */
export function authenticateClient(
  authorization: string | undefined,
  form: URLSearchParams,
): ClientAuthResult {
  const basic = authorization === undefined ? undefined : fromBasic(authorization);
  if (authorization !== undefined && basic === undefined) return { ok: false, basic: true };
  const id = basic?.id ?? form.get('client_id') ?? '';
  const secret = basic?.secret ?? form.get('client_secret') ?? undefined;
  const client = getClient(id);
  if (client === undefined) return { ok: false, basic: basic !== undefined };
  const refused: ClientAuthResult = { ok: false, basic: basic !== undefined, clientId: client.id };
  if (basic !== undefined && form.has('client_id') && form.get('client_id') !== id) return refused;
  if (client.secret === undefined) return secret === undefined ? { ok: true, client } : refused;
  return secret !== undefined && same(secret, client.secret) ? { ok: true, client } : refused;
}
