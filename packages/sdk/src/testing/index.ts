/**
 * @dvc-kit/sdk/testing: test your portal code the way the sdk is tested, against the sandbox over
 * real HTTP. Needs `@dvc-kit/sandbox` installed (as a dev dependency).
 */
export {
  ADMIN_TOKEN,
  officials,
  personas,
  sandboxClients,
  type FakeOfficial,
  type FakePersona,
} from './personas.js';
export { startSandbox, type TestSandbox } from './sandbox.js';
export { signWebhook, type WebhookSignatureHeaders } from '../webhooks/sign.js';
