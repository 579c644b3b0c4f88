/** Verifying webhook deliveries (Standard Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`). */
import { PortalError } from '../errors.js';
import type { WebhookEvent } from './events.js';
import { hmacBase64 } from './hmac.js';

/**
 * Why a delivery was refused: `missing_headers`, `stale_timestamp`, `bad_signature`, `invalid_payload`
 * (signed, but not a JSON event object), or `invalid_secret` (no secret given, or one that is not base64).
 */
export class WebhookVerificationError extends PortalError {}

/** Headers as Node (`IncomingHttpHeaders`), the web platform (`Headers`) or a plain object give them. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Options of `verifyWebhook`. */
export interface VerifyOptions {
  /** How far the timestamp may be from now, in seconds (default 300). */
  readonly tolerance?: number | undefined;
  /** The current time in milliseconds (default `Date.now()`). */
  readonly now?: number | undefined;
  /** The language of the error messages (default `vi`). */
  readonly language?: 'vi' | 'en' | undefined;
}

const MESSAGES = {
  missing_headers: [
    'Thiếu tiêu đề webhook-id, webhook-timestamp hoặc webhook-signature.',
    'The delivery lacks webhook-id, webhook-timestamp or webhook-signature.',
  ],
  stale_timestamp: [
    'Thời điểm ký của lần gửi lệch quá xa so với hiện tại.',
    'The delivery’s timestamp is too far from now.',
  ],
  invalid_secret: [
    'Chưa có khóa bí mật webhook hợp lệ (whsec_ theo sau là base64).',
    'No valid webhook secret was given (whsec_ followed by base64).',
  ],
  bad_signature: [
    'Không chữ ký nào của lần gửi khớp với khóa bí mật.',
    'No signature of the delivery matches a secret.',
  ],
  invalid_payload: [
    'Nội dung đã ký nhưng không phải một sự kiện JSON hợp lệ.',
    'The delivery is signed but its body is not a JSON event.',
  ],
} as const;

function header(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  // Node lower-cases header names; a hand-made object may not.
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  const value = key === undefined ? undefined : headers[key];
  return typeof value === 'string' ? value : value?.[0];
}

function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++)
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** Whether `secret` is `whsec_` (optional) followed by non-empty base64. */
function usableSecret(secret: unknown): secret is string {
  if (typeof secret !== 'string') return false;
  const base64 = secret.startsWith('whsec_') ? secret.slice(6) : secret;
  return /^[A-Za-z0-9+/]+={0,2}$/.test(base64) && base64.length % 4 === 0;
}

/** Whether a parsed body has the envelope every event has: a string `id` and `type`, an object `data`. */
function isEventEnvelope(value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const { id, type, data } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof type === 'string' && data !== null && typeof data === 'object';
}

/**
 * Checks a delivery's signature against one or several secrets (during a key rotation) and its
 * timestamp against `tolerance`, then parses the event: a `WebhookEvent`, so `switch (event.type)`
 * narrows `event.data`. Pass the body exactly as received. Unset entries of `secrets`
 * (`[process.env.NEW, process.env.OLD]` with one unset) are skipped; every failure is a
 * `WebhookVerificationError`.
 */
export async function verifyWebhook<T = WebhookEvent>(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secrets: string | readonly (string | null | undefined)[] | null | undefined,
  options: VerifyOptions = {},
): Promise<T> {
  const fail = (code: keyof typeof MESSAGES, status = 400): WebhookVerificationError =>
    new WebhookVerificationError(MESSAGES[code][options.language === 'en' ? 1 : 0], { code, status });
  const given = (Array.isArray(secrets) ? secrets : [secrets]) as readonly unknown[];
  const keys = given.filter((s) => s !== undefined && s !== null);
  // A secret that is set but malformed is a configuration error, whatever else is given.
  if (keys.length === 0 || !keys.every(usableSecret)) throw fail('invalid_secret', 500);
  const id = header(headers, 'webhook-id');
  const timestamp = header(headers, 'webhook-timestamp');
  const signatures = header(headers, 'webhook-signature');
  if (id === undefined || timestamp === undefined || signatures === undefined) throw fail('missing_headers');
  const seconds = Number(timestamp);
  const now = (options.now ?? Date.now()) / 1000;
  if (!Number.isInteger(seconds) || Math.abs(now - seconds) > (options.tolerance ?? 300))
    throw fail('stale_timestamp');
  const body = typeof rawBody === 'string' ? rawBody : new TextDecoder().decode(rawBody);
  const offered = signatures.split(' ').flatMap((s) => (s.startsWith('v1,') ? [s.slice(3)] : []));
  for (const secret of keys) {
    const expected = await hmacBase64(secret, `${id}.${timestamp}.${body}`);
    if (!offered.some((s) => sameText(s, expected))) continue;
    let event: unknown;
    try {
      event = JSON.parse(body);
    } catch (cause) {
      throw new WebhookVerificationError(MESSAGES.invalid_payload[options.language === 'en' ? 1 : 0], {
        code: 'invalid_payload',
        status: 400,
        cause,
      });
    }
    if (!isEventEnvelope(event)) throw fail('invalid_payload');
    return event as T;
  }
  throw fail('bad_signature');
}
