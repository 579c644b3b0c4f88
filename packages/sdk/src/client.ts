/** `createClient`: the portal client and its options. */
import type { AuthProvider } from './auth/types.js';
import { staticToken } from './auth/static-token.js';
import { PromiseCache } from './internal/cache.js';
import type { RequestSpec } from './internal/request-spec.js';
import { createTransport } from './internal/transport.js';
import type { DeprecationNotice, Logger, LogLevel } from './logging.js';
import type { Middleware } from './middleware.js';
import type { RequestOptions } from './request-options.js';
import { AdminUnits } from './resources/admin-units.js';
import { AgencyResource } from './resources/agency.js';
import { Agencies } from './resources/agencies.js';
import { Attachments } from './resources/attachments.js';
import { Dossiers } from './resources/dossiers.js';
import { Payments } from './resources/payments.js';
import { Procedures } from './resources/procedures.js';
import { Profile } from './resources/profile.js';
import type { ResourceContext } from './resources/resource.js';
import { Events } from './resources/events.js';
import { Statistics } from './resources/statistics.js';
import { Webhooks } from './resources/webhooks.js';

/** Options of `createClient`. Every time is in milliseconds. */
export interface ClientOptions {
  /** The API root with its version, e.g. `http://127.0.0.1:4010/v1`. */
  readonly baseUrl: string;
  /** A token (string), or an auth provider: `pkceAuth`, `clientCredentials` (server), `staticToken`. */
  readonly auth?: AuthProvider | string | undefined;
  /** The `fetch` to use (default: the global one). */
  readonly fetch?: typeof fetch | undefined;
  /** The limit of one attempt (default 30000). */
  readonly timeout?: number | undefined;
  /** The limit of a whole call, retries included (default 120000). */
  readonly deadline?: number | undefined;
  /** Retries after the first attempt (default 2). */
  readonly maxRetries?: number | undefined;
  /** Full-jitter backoff: the first ceiling (default 500) and the largest (default 8000). */
  readonly backoff?: { readonly initialDelay?: number; readonly maxDelay?: number } | undefined;
  /** The longest `Retry-After` the client waits; a longer one fails with `RateLimitError` (default 60000). */
  readonly maxRetryAfter?: number | undefined;
  /** The language of error messages (`Accept-Language`, default `vi`). */
  readonly language?: 'vi' | 'en' | undefined;
  /** Headers sent with every request (keep to those the API allows cross-origin). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Middleware around every attempt of every call. */
  readonly middleware?: readonly Middleware[] | undefined;
  /** Where to log (default: nowhere). Tokens, cookies and personal data are masked. */
  readonly logger?: Logger | undefined;
  /** The lowest level logged (default `info`). */
  readonly logLevel?: LogLevel | undefined;
  /** Called once per endpoint that answers `Deprecation` or `Sunset` (default: `logger.warn`). */
  readonly onDeprecation?: ((notice: DeprecationNotice) => void) | undefined;
  /** The catalogue and units cache (default 5 minutes, 200 entries; `ttl: 0` disables it). */
  readonly cache?: { readonly ttl?: number; readonly size?: number } | undefined;
}

/** The portal client: one object per API resource. */
export class PortalClient {
  /** Procedures and their form definitions. */
  readonly procedures: Procedures;
  /** Dossiers from draft to result. */
  readonly dossiers: Dossiers;
  /** Files for document components. */
  readonly attachments: Attachments;
  /** Paying a dossier's fees. */
  readonly payments: Payments;
  /** The logged-in person's data. */
  readonly profile: Profile;
  /** Provinces and communes (2025). */
  readonly adminUnits: AdminUnits;
  /** Agencies. */
  readonly agencies: Agencies;
  /** Service-quality indicators. */
  readonly statistics: Statistics;
  /** Webhook endpoints. */
  readonly webhooks: Webhooks;
  /** The agency side: an official's or an agency system's dossiers. */
  readonly agency: AgencyResource;
  /** The change feed of the caller's agency. */
  readonly events: Events;
  readonly #context: ResourceContext;

  /** Prefer `createClient(options)`. */
  constructor(options: ClientOptions) {
    this.#context = createCore(options);
    this.procedures = new Procedures(this.#context);
    this.dossiers = new Dossiers(this.#context);
    this.attachments = new Attachments(this.#context, this.procedures);
    this.payments = new Payments(this.#context);
    this.profile = new Profile(this.#context);
    this.adminUnits = new AdminUnits(this.#context);
    this.agencies = new Agencies(this.#context);
    this.statistics = new Statistics(this.#context);
    this.webhooks = new Webhooks(this.#context);
    this.agency = new AgencyResource(this.#context);
    this.events = new Events(this.#context);
  }

  /** Any API call by method and path (relative to `baseUrl`), with the client's retries and errors. */
  request<T = unknown>(spec: RequestSpec, options?: RequestOptions): Promise<T> {
    return this.#context.send(spec, options) as Promise<T>;
  }

  /** Forgets cached procedures and units. */
  clearCache(): void {
    this.#context.cache.clear();
  }
}

/**
 * The client's core without resources: pass it to resource classes (`new Procedures(core)`) so a
 * page ships only the resources it uses. `createClient` is this plus every resource.
 */
export function createCore(options: ClientOptions): ResourceContext {
  const auth = typeof options.auth === 'string' ? staticToken(options.auth) : options.auth;
  const send = createTransport({
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? fetch,
    auth,
    timeout: options.timeout ?? 30_000,
    deadline: options.deadline ?? 120_000,
    maxRetries: options.maxRetries ?? 2,
    backoff: { initialDelay: 500, maxDelay: 8000, ...options.backoff },
    maxRetryAfter: options.maxRetryAfter ?? 60_000,
    language: options.language ?? 'vi',
    headers: options.headers ?? {},
    middleware: options.middleware ?? [],
    logger: options.logger,
    logLevel: options.logLevel ?? 'info',
    onDeprecation: options.onDeprecation,
  });
  return {
    send,
    cache: new PromiseCache({ ttl: 300_000, size: 200, ...options.cache }),
    language: options.language ?? 'vi',
  };
}

/** Creates a portal client with every resource. */
export function createClient(options: ClientOptions): PortalClient {
  return new PortalClient(options);
}
