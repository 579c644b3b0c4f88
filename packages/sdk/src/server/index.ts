/**
 * @dvc-kit/sdk/server: what belongs on a Node server only: client credentials (a secret), webhook
 * verification, and upload sources from files and streams. Everything of the main entry is here too.
 */
export * from '../index.js';
export { clientCredentials, type ClientCredentialsOptions } from './client-credentials.js';
export { fileFromPath, fileFromStream } from './files.js';
export {
  verifyWebhook,
  WebhookVerificationError,
  type VerifyOptions,
  type WebhookHeaders,
} from '../webhooks/verify.js';
export { signWebhook, type WebhookSignatureHeaders } from '../webhooks/sign.js';
