/**
 * @dvc-kit/sdk: the typed client for the portal API, for browsers and Node. Every public name is
 * listed here; `src/internal/` is private. Server-only code is in `@dvc-kit/sdk/server`, the
 * testing kit in `@dvc-kit/sdk/testing`.
 */
export const SDK_VERSION = '0.0.0';

export { createClient, createCore, PortalClient, type ClientOptions } from './client.js';
export type { RequestOptions } from './request-options.js';
export type { Middleware, Next } from './middleware.js';
export type { DeprecationNotice, Logger, LogLevel } from './logging.js';
export {
  AbortError,
  AuthenticationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionError,
  PortalError,
  RateLimitError,
  ServerError,
  TimeoutError,
  ValidationError,
  type PortalErrorInit,
  type ValidationIssue,
} from './errors.js';
export { PagePromise, type Page, type PageData, type PageFetcher, type PageOptions } from './pagination.js';
export { APIPromise, type WithResponse } from './api-promise.js';
export type { RequestSpec, RawBody } from './internal/request-spec.js';
export type { Send } from './internal/transport.js';
export type { CatalogueCache, ResourceContext } from './resources/resource.js';
export { APIResource } from './resources/resource.js';
export { Procedures } from './resources/procedures.js';
export { Dossiers, type WaitCondition, type WaitForOptions } from './resources/dossiers.js';
export {
  Attachments,
  checkAgainstComponent,
  type UploadParams,
  type UploadProgress,
  type UploadedAttachment,
} from './resources/attachments.js';
export { Payments } from './resources/payments.js';
export { Profile } from './resources/profile.js';
export { AdminUnits } from './resources/admin-units.js';
export { Agencies } from './resources/agencies.js';
export { AgencyResource, AgencyDossiers } from './resources/agency.js';
export { Events, type EventFollowParams } from './resources/events.js';
export { Statistics } from './resources/statistics.js';
export { Webhooks, type CreatedWebhookEndpoint } from './resources/webhooks.js';
export {
  WEBHOOK_EVENT_TYPES,
  isWebhookEventType,
  type WebhookEvent,
  type WebhookEventOf,
  type WebhookEventPayload,
  type DossierStatusChangedEvent,
  type DossierExtendedEvent,
  type DossierRatedEvent,
  type PaymentSucceededEvent,
  type PaymentFailedEvent,
} from './webhooks/events.js';
export type { AuthProvider } from './auth/types.js';
export { staticToken } from './auth/static-token.js';
export { pkceAuth, type AuthorizeParams, type PkceAuth, type PkceOptions } from './auth/pkce.js';
export { memoryStore, webStorageStore, type TokenStore } from './auth/token-store.js';
export type { OAuthOptions, TokenSet } from './auth/token-set.js';
export type * from './types.js';
