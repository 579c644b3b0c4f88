/** What route handlers share: the state, the clock, the logger and the authenticator. */
import type { Authenticator } from '../auth/authenticator.js';
import type { AuthorizationCodes } from '../auth/oidc/codes.js';
import type { SigningKey } from '../auth/oidc/keys.js';
import type { RefreshTokens } from '../auth/oidc/refresh-tokens.js';
import type { ClientThrottle } from '../auth/oidc/client-throttle.js';
import type { Clock } from '../clock.js';
import type { Lifecycle } from '../lifecycle/lifecycle.js';
import type { Dispatcher } from '../webhooks/dispatcher.js';
import type { FaultOptions } from './faults.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/store.js';

/** The dependencies of the routes. */
export interface AppContext {
  store: Store;
  clock: Clock;
  logger: Logger;
  authenticator: Authenticator;
  /** Signs (and verifies) the OpenID Connect provider's tokens. */
  signingKey: SigningKey;
  /** Pending authorization codes (in memory). */
  authorizationCodes: AuthorizationCodes;
  /** Refresh tokens issued (in memory), and the grant chains revoked. */
  refreshTokens: RefreshTokens;
  /** Failed client authentications at the token endpoint. */
  clientThrottle: ClientThrottle;
  lifecycle: Lifecycle;
  /** Webhook deliveries. */
  webhooks: Dispatcher;
  faults: FaultOptions;
  /** Origins allowed besides this machine's, or `'*'`. */
  corsOrigins: readonly string[] | '*' | undefined;
  /** The public origin (`--public-url`, default the listening address); known once listening. */
  publicOrigin: () => string;
  /** Largest JSON request body, in bytes. */
  maxBodyBytes: number;
  /** Largest upload (`POST /v1/attachments`) body, in bytes. */
  maxUploadBytes: number;
  /** Digits of a dossier code's daily sequence (4 to 6). */
  dossierCodeWidth: number;
}
