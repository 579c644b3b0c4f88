/** Verifying webhook deliveries (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`). */
import { PortalError } from '../errors.js';
import { hmacBase64 } from './hmac.js';

/** Why a delivery was refused: `missing_headers`, `stale_timestamp` or `bad_signature`. */
export class WebhookVerificationError extends PortalError {}

/** Headers as Node (`IncomingHttpHeaders`) or the web platform (`Headers`) give them. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of `verifyWebhook`. */
export interface VerifyOptions {
  /** How far the timestamp may be from now, in seconds (default 300). */
  readonly tolerance?: number | undefined;
  /** The current time in milliseconds (default `Date.now()`). */
  readonly now?: number | undefined;
}

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === 'string' ? value : value?.[0];
}

function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/**
 * Checks a delivery's signature against one or several secrets (during a key rotation) and its
 * timestamp against `tolerance`, then parses the event. Pass the body exactly as received.
 */
export async function verifyWebhook<T = unknown>(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secrets: string | readonly string[],
  options: VerifyOptions = {},
): Promise<T> {
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  const fail = (code: string, message: string): WebhookVerificationError =>
    new WebhookVerificationError(message, { code, status: 400 });
  if (id === undefined || timestamp === undefined || signatures === undefined)
    throw fail('missing_headers', 'The delivery lacks webhook-id, webhook-timestamp or webhook-signature.');
  const seconds = Number(timestamp);
  const now = (options.now ?? Date.now()) / 1000;
  if (!Number.isInteger(seconds) || Math.abs(now - seconds) > (options.tolerance ?? 300))
    throw fail('stale_timestamp', 'The delivery’s timestamp is too far from now.');
  const body = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  const offered = signatures.split(' ').flatMap((s) => (s.startsWith('v1,') ? [s.slice(3)] : []));
  for (const secret of typeof secrets === 'string' ? [secrets] : secrets) {
    const expected = await hmacBase64(secret, `${id}.${timestamp}.${body}`);
    if (offered.some((s) => sameText(s, expected))) return JSON.parse(body) as T;
  }
  throw fail('bad_signature', 'No signature of the delivery matches a secret.');
}
