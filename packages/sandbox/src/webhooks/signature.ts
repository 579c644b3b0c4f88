/**
 * Signing a delivery, Standard Webhooks style: `webhook-signature: v1,<base64 HMAC-SHA256>` over
 * `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the bytes of the secret (the base64
 * after `whsec_`). Receivers verify it with `verifyWebhook` from @dvc-kit/sdk.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** The prefix of a webhook secret. */
export const SECRET_PREFIX = 'whsec_';

/** A new signing key: 24 random bytes, base64. */
export function newSigningKey(): string {
  return randomBytes(24).toString('base64');
}

/** What is signed. */
export interface SignedContent {
  id: string;
  /** Unix seconds. */
  timestamp: number;
  body: string;
}

/** The `webhook-signature` header of `content`, keyed with `key` (base64 key bytes). */
export function signWebhook(content: SignedContent, key: string): string {
  const mac = createHmac('sha256', Buffer.from(key, 'base64'))
    .update(`${content.id}.${content.timestamp}.${content.body}`, 'utf8')
    .digest('base64');
  return `v1,${mac}`;
}
