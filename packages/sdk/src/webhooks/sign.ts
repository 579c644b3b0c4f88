/** Signing test deliveries the way the portal does, to test a webhook receiver. */
import { hmacBase64 } from './hmac.js';

/** The headers of a signed delivery. */
export interface WebhookSignatureHeaders {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
}

/** Signs `rawBody` with `secret` (`whsec_...`); `id` and `timestamp` (Unix seconds) default to fresh ones. */
export async function signWebhook(
  rawBody: string,
  secret: string,
  options: { readonly id?: string; readonly timestamp?: number } = {},
): Promise<WebhookSignatureHeaders> {
  const id = options.id ?? `msg_${crypto.getRandomValues(new Uint32Array(2)).join('')}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = await hmacBase64(secret, `${id}.${timestamp}.${rawBody}`);
  return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': `v1,${signature}` };
}
