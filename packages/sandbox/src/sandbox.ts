/**
 * `createSandbox`: the portal API on a local port, backed by an in-memory or persistent store.
 */
import { resolve } from 'node:path';
import { procedureDefinitions } from '@dvc-kit/procedures';
import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { DEFAULT_DOSSIER_CODE_WIDTH } from './dossiers/submission.js';
import { answerClientError } from './internal/client-error.js';
import { isExpired } from './internal/idempotency.js';
import { createLifecycle } from './lifecycle/lifecycle.js';
import type { LifecycleOptions } from './lifecycle/clock-advance.js';
import { firstOf, fixedTokenAuthenticator } from './auth/authenticator.js';
import { jwtAuthenticator } from './auth/oidc/access-tokens.js';
import { AuthorizationCodes } from './auth/oidc/codes.js';
import { loadSigningKey, type SigningKey } from './auth/oidc/keys.js';
import { RefreshTokens } from './auth/oidc/refresh-tokens.js';
import { ClientThrottle } from './auth/oidc/client-throttle.js';
import { systemClock, type Clock } from './clock.js';
import type { FaultOptions } from './internal/faults.js';
import { silentLogger, type Logger } from './logger.js';
import { expirePayments } from './payments/expiry.js';
import { Store } from './store/store.js';
import { createDispatcher, type WebhookOptions } from './webhooks/dispatcher.js';
import { eventOps } from './webhooks/events.js';

/** Options of {@link createSandbox}. */
export interface SandboxOptions {
  /** TCP port (default 4010); `0` picks a free one (tests). */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`: the sandbox is for this machine only). */
  host?: string;
  /** Where dossiers and payments are kept (default `./.dvc-sandbox`). Ignored with `inMemory`. */
  dataDir?: string;
  /** Keep everything in memory: nothing survives `close()` (tests). */
  inMemory?: boolean;
  /**
   * Start although a complete line of the data directory's journal is damaged: keep the commits
   * before it and drop the rest, after copying the journal to `journal.jsonl.damaged-<time>`
   * (`dvc-sandbox --recover`). Without it such a directory is refused.
   */
  recover?: boolean;
  /** The time source (default: the system clock). */
  clock?: Clock;
  /**
   * The origin clients reach the sandbox at (`https://sandbox.example.gov.vn`, or a dev server's
   * proxy): the OIDC issuer, discovery endpoints, `checkoutUrl` and webhook URLs use it. Default:
   * the listening address. The `Host` header is never used for them.
   */
  publicUrl?: string;
  /** Where to log requests (default: nowhere). */
  logger?: Logger;
  /** Largest JSON request body in bytes (default 1 MiB); larger bodies get a 413. */
  maxBodyBytes?: number;
  /**
   * Largest upload body in bytes (default: the largest `maxSizeMB` of the reference procedures'
   * document components, plus 64 KiB for the multipart envelope); larger bodies get a 413 as they
   * stream in, before they are parsed.
   */
  maxUploadBytes?: number;
  /** The lifecycle clock: whether dossiers move on their own and how fast (default: on, speed 1). */
  lifecycle?: LifecycleOptions;
  /** Fault injection for resilience tests (default: none). */
  faults?: FaultOptions;
  /**
   * How long `close()` lets requests in progress finish before it closes their connections
   * (default 2000 ms). Idle connections are closed at once.
   */
  shutdownGraceMs?: number;
  /** Webhook deliveries: retry delays on the sandbox clock and the receiver timeout. */
  webhooks?: WebhookOptions;
  /** Browser origins allowed by CORS besides this machine's (`http://localhost:*` and the like), or `'*'`. */
  corsOrigins?: readonly string[] | '*';
  /** Digits of a dossier code's daily sequence, 4 to 6 (default 4, as in codes seen in the wild). */
  dossierCodeWidth?: number;
}

/** A running sandbox. */
export interface Sandbox {
  /** The base URL, e.g. `http://127.0.0.1:4010` (no trailing slash). */
  url: string;
  /** The public origin (`publicUrl`, or `url` by default). */
  publicUrl: string;
  /** The port it listens on (useful with `port: 0`). */
  port: number;
  /** The data directory, or `undefined` in memory. */
  dataDir: string | undefined;
  /**
   * Stops listening, closes idle connections, lets requests in progress finish for
   * `shutdownGraceMs` and then closes their connections, and writes the state to disk.
   */
  close(): Promise<void>;
}

/** The largest document component's size limit, plus room for the multipart envelope. */
function defaultMaxUploadBytes(): number {
  const largestMB = Math.max(1, ...procedureDefinitions.flatMap((d) => d.documents.map((c) => c.maxSizeMB)));
  return largestMB * 1024 * 1024 + 64 * 1024;
}

/** The dossier-code width option, checked before anything starts. */
function checkedCodeWidth(width: number | undefined): number {
  if (width === undefined) return DEFAULT_DOSSIER_CODE_WIDTH;
  if (!Number.isInteger(width) || width < 4 || width > 6) {
    throw new RangeError(`dossierCodeWidth must be 4, 5 or 6, not ${String(width)}`);
  }
  return width;
}

/**
 * The origin of `publicUrl`.
 * @throws Error unless it is an http(s) origin without credentials, path, query or fragment.
 */
function publicOriginOf(publicUrl: string): string {
  let url: URL;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`publicUrl is not a URL: ${publicUrl}`);
  }
  if (
    !['http:', 'https:'].includes(url.protocol) ||
    url.username !== '' ||
    url.password !== '' ||
    url.pathname !== '/' ||
    url.search !== '' ||
    url.hash !== ''
  ) {
    throw new Error(`publicUrl must be an http(s) origin such as https://sandbox.example: ${publicUrl}`);
  }
  return url.origin;
}

/** The default data directory, relative to the working directory. */
export const DEFAULT_DATA_DIR = '.dvc-sandbox';

/**
 * Starts a sandbox.
 * @throws Error when the port is taken or the data directory is damaged.
 */
export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.inMemory === true ? undefined : resolve(options.dataDir ?? DEFAULT_DATA_DIR);
  const clock = options.clock ?? systemClock;
  const shutdownGraceMs = options.shutdownGraceMs ?? 2000;
  const configuredOrigin = options.publicUrl === undefined ? undefined : publicOriginOf(options.publicUrl);
  const logger = options.logger ?? silentLogger;
  const store = Store.open({
    dataDir,
    isExpired: (record) => isExpired(record, clock.now()),
    recover: options.recover === true,
  });
  for (const note of store.notes) logger.error('data directory repaired', { note });
  let lifecycle;
  let signingKey: SigningKey;
  try {
    lifecycle = createLifecycle(store, clock, options.lifecycle);
    signingKey = loadSigningKey(dataDir);
  } catch (error) {
    store.close();
    throw error;
  }
  const refreshTokens = new RefreshTokens(clock);
  const webhooks = createDispatcher(store, clock, logger, options.webhooks);
  // Absolute URLs in webhook events (a payment's checkoutUrl); set once the port is known.
  let baseUrl = '';
  store.derive = (ops) => {
    const derived = eventOps(ops, store, clock.now(), baseUrl);
    if (derived.some((op) => op.op === 'delivery.put'))
      setImmediate(() => {
        webhooks.tick();
      });
    return derived;
  };
  const app = createApp({
    webhooks,
    store,
    clock,
    lifecycle,
    faults: options.faults ?? {},
    corsOrigins: options.corsOrigins,
    logger,
    authenticator: firstOf([
      fixedTokenAuthenticator,
      jwtAuthenticator(signingKey, clock, (chain) => refreshTokens.isRevoked(chain)),
    ]),
    signingKey,
    authorizationCodes: new AuthorizationCodes(clock),
    refreshTokens,
    clientThrottle: new ClientThrottle(clock),
    publicOrigin: () => baseUrl,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    maxUploadBytes: options.maxUploadBytes ?? defaultMaxUploadBytes(),
    dossierCodeWidth: checkedCodeWidth(options.dossierCodeWidth),
  });

  let server: ServerType;
  try {
    server = await new Promise<ServerType>((done, fail) => {
      const s = serve(
        {
          fetch: app.fetch,
          port: options.port ?? 4010,
          hostname: host,
          // A request must arrive whole within a minute (Node's default is five): slow bodies stop.
          serverOptions: { requestTimeout: 60_000, headersTimeout: 20_000 },
        },
        () => {
          done(s);
        },
      );
      s.once('error', fail);
      s.on('clientError', answerClientError);
    });
  } catch (error) {
    store.close();
    throw error;
  }
  // Dossiers also move, and webhooks go out, while nobody calls; a request catches up anyway.
  const timer = setInterval(() => {
    try {
      lifecycle.tick();
      expirePayments(store, clock.now());
      webhooks.tick();
      store.pruneIdempotency();
    } catch (error) {
      logger.error('lifecycle tick failed', { error: error instanceof Error ? error.name : 'unknown' });
    }
  }, 1000);
  timer.unref();
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const listening = `http://${urlHost}:${port}`;
  baseUrl = configuredOrigin ?? listening;
  let closing: Promise<void> | undefined;
  const stopServer = (): Promise<void> =>
    new Promise<void>((done) => {
      server.close(() => {
        done();
      });
      // Idle keep-alive connections would hold close() for their whole timeout; connections still
      // busy (a slow body, a client that never finishes its request) get a short grace, then go.
      const http = server as Server;
      http.closeIdleConnections();
      setTimeout(() => {
        http.closeAllConnections();
      }, shutdownGraceMs).unref();
    });
  return {
    url: listening,
    publicUrl: baseUrl,
    port,
    dataDir,
    close(): Promise<void> {
      clearInterval(timer);
      closing ??= Promise.all([stopServer(), webhooks.close()]).then(() => {
        store.close();
      });
      return closing;
    },
  };
}
