/**
 * @dvc-kit/sandbox: a local, offline stand-in for the portal API. Every public name is listed
 * here; code under `src/internal/` is private. The contract it serves is
 * `@dvc-kit/contract` (its document: `@dvc-kit/contract/openapi.yaml`).
 */
export { createSandbox, DEFAULT_DATA_DIR, type Sandbox, type SandboxOptions } from './sandbox.js';
export { DataDirectoryDamagedError } from './store/damage.js';
// The contract's document, re-exported from its home for code that already has the sandbox.
export { contractPath, readContract, type OpenApiDocument } from '@dvc-kit/contract/node';
export type { LifecycleOptions } from './lifecycle/clock-advance.js';
export type { FaultOptions } from './internal/faults.js';
export type { WebhookOptions } from './webhooks/dispatcher.js';
export { manualClock, systemClock, type Clock, type ManualClock } from './clock.js';
export { consoleLogger, silentLogger, type Logger, type LogFields } from './logger.js';
export { ApiError, type ApiIssue, type ErrorBody, type LocalizedMessage } from './errors.js';
export {
  personas,
  getPersona,
  SANDBOX_ADMIN_TOKEN,
  type Persona,
  type PersonaAddress,
} from './auth/personas.js';
export { oauthClients, type OAuthClient } from './auth/oidc/clients.js';
export { officials, getOfficial, type Official, type OfficialRole } from './auth/officials.js';
