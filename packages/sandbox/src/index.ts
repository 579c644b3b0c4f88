/**
 * @dvc-kit/sandbox: a local, offline stand-in for the portal API. Every public name is listed
 * here; code under `src/internal/` is private. The contract itself is `@dvc-kit/sandbox/openapi.yaml`.
 */
export { createSandbox, DEFAULT_DATA_DIR, type Sandbox, type SandboxOptions } from './sandbox.js';
export { DataDirectoryDamagedError } from './store/damage.js';
export { contractPath, readContract, type OpenApiDocument } from './contract.js';
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
