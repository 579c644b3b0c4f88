/**
 * `Idempotency-Key` semantics: a key is remembered per caller with the fingerprint of the request
 * (method, path, canonical body) and the resource it produced, for 24 hours. The same key with the same request
 * answers that resource again; with another request it is a 409. Only successful answers are
 * remembered, so a request that failed validation can be fixed and retried under the same key.
 */
import type { Context } from 'hono';
import type { IdempotencyRecord, StoreOp } from '../store/records.js';
import type { Store } from '../store/store.js';
import { canonicalJson, sha256Hex } from './canonical-json.js';
import { idempotencyKeyRequired, idempotencyKeyReused, invalidHeader } from './problems.js';

/** How long a key is remembered (the contract says 24 hours). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Whether a remembered request is older than {@link IDEMPOTENCY_TTL_MS} at `now`. */
export function isExpired(record: IdempotencyRecord, now: Date): boolean {
  return Date.parse(record.createdAt) + IDEMPOTENCY_TTL_MS <= now.getTime();
}

/** A request's idempotency key and fingerprint. */
export interface IdempotentRequest {
  /** The store key: `<owner id>\u0000<Idempotency-Key>`. */
  key: string;
  fingerprint: string;
}

/**
 * The idempotency key of the request (`required`: 400 when absent) and its fingerprint.
 * @returns `undefined` when the header is absent and not required.
 */
export function idempotentRequest(
  c: Context,
  owner: string,
  body: unknown,
  required: boolean,
): IdempotentRequest | undefined {
  const header = c.req.header('idempotency-key');
  if (header === undefined) {
    if (required) throw idempotencyKeyRequired();
    return undefined;
  }
  if (header.length === 0 || header.length > 255) throw invalidHeader('Idempotency-Key');
  return {
    key: `${owner}\u0000${header}`,
    fingerprint: sha256Hex(c.req.method, new URL(c.req.url).pathname, canonicalJson(body)),
  };
}

/**
 * The record of an earlier request with the same key, when there is one.
 * @throws ApiError 409 `idempotency_key_reused` when that request differs.
 */
export function replayOf(
  store: Store,
  request: IdempotentRequest | undefined,
  now: Date,
): IdempotencyRecord | undefined {
  if (request === undefined) return undefined;
  const earlier = store.idempotency.get(request.key);
  if (earlier === undefined || isExpired(earlier, now)) return undefined;
  if (earlier.fingerprint !== request.fingerprint) throw idempotencyKeyReused();
  return earlier;
}

/** The op that remembers a successful request under its key (none without a key). */
export function rememberOps(
  request: IdempotentRequest | undefined,
  status: number,
  resourceId: string,
  now: Date,
): StoreOp[] {
  if (request === undefined) return [];
  return [
    {
      op: 'idempotency.put',
      value: {
        key: request.key,
        fingerprint: request.fingerprint,
        status,
        resourceId,
        createdAt: now.toISOString(),
      },
    },
  ];
}
