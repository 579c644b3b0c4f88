/**
 * The request loop: headers, auth, middleware, per-attempt timeout, overall deadline, the caller's
 * signal, retries with full-jitter backoff and Retry-After, logging and Deprecation notices.
 */
import type { AuthProvider } from '../auth/types.js';
import { AbortError, ConnectionError, RateLimitError, TimeoutError, type PortalError } from '../errors.js';
import { logs, type DeprecationNotice, type Logger, type LogLevel } from '../logging.js';
import type { Middleware } from '../middleware.js';
import type { RequestOptions } from '../request-options.js';
import { deprecationReporter } from './deprecation.js';
import { errorFromResponse } from './make-error.js';
import { maskBody, maskHeaders, maskUrl } from './mask.js';
import { backoffDelay, mayRetry, type Backoff } from './retry.js';
import { anySignal, sleep } from './signals.js';

/** The client's resolved settings. */
export interface TransportConfig {
  readonly baseUrl: string;
  readonly fetch: typeof fetch;
  readonly auth: AuthProvider | undefined;
  readonly timeout: number;
  readonly deadline: number;
  readonly maxRetries: number;
  readonly backoff: Backoff;
  readonly maxRetryAfter: number;
  readonly language: 'vi' | 'en';
  readonly headers: Readonly<Record<string, string>>;
  readonly middleware: readonly Middleware[];
  readonly logger: Logger | undefined;
  readonly logLevel: LogLevel;
  readonly onDeprecation: ((notice: DeprecationNotice) => void) | undefined;
}

/** A body that is built afresh for each attempt (so it can be sent again), or sent once. */
export type RawBody = BodyInit | (() => BodyInit);

/** One API call as a resource describes it. */
export interface RequestSpec {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>;
  /** A JSON body. */
  readonly body?: unknown;
  /** A non-JSON body; a `ReadableStream` is never sent twice. */
  readonly rawBody?: RawBody;
  readonly contentType?: string;
  /** `response` hands back the `Response` unread (downloads). */
  readonly responseType?: 'json' | 'response';
}

/** Sends one call (every attempt of it) and resolves to the parsed answer. */
export type Send = (spec: RequestSpec, options?: RequestOptions) => Promise<unknown>;

/** Builds the `send` function of a client. */
export function createTransport(config: TransportConfig): Send {
  const report = deprecationReporter(config.logger, config.onDeprecation);
  const log = (level: 'debug' | 'info' | 'warn' | 'error', message: string, details?: object): void => {
    if (config.logger && logs(config.logLevel, level)) config.logger[level](message, { ...details });
  };
  const base = config.baseUrl.replace(/\/+$/, '');

  const run = (request: Request, chain: readonly Middleware[], index = 0): Promise<Response> => {
    const middleware = chain[index];
    return middleware
      ? middleware(request, (next) => run(next, chain, index + 1))
      : config.fetch.call(globalThis, request);
  };

  return async function send(spec, options = {}) {
    const url = new URL(base + spec.path);
    for (const [key, value] of Object.entries(spec.query ?? {}))
      if (value !== undefined)
        url.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
    const headers = new Headers({ accept: 'application/json', 'accept-language': config.language });
    for (const [k, v] of Object.entries({ ...config.headers, ...options.headers })) headers.set(k, v);
    if (options.idempotencyKey !== undefined) headers.set('idempotency-key', options.idempotencyKey);
    const json = spec.body === undefined ? undefined : JSON.stringify(spec.body);
    if (json !== undefined) headers.set('content-type', 'application/json');
    else if (spec.contentType !== undefined) headers.set('content-type', spec.contentType);
    const raw = spec.rawBody;
    const replayable = !(raw instanceof ReadableStream);
    const retryable = replayable && mayRetry(spec.method, headers);
    const deadline = AbortSignal.timeout(options.deadline ?? config.deadline);
    const callSignal = anySignal([options.signal, deadline]);
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const chain = [...config.middleware, ...(options.middleware ?? [])];
    const where = `${spec.method} ${maskUrl(url)}`;
    let authRetried = false;

    const stopped = (): PortalError | undefined => {
      if (options.signal?.aborted)
        return new AbortError('The call was aborted.', { code: 'aborted', cause: options.signal.reason });
      if (deadline.aborted) return new TimeoutError('The call passed its deadline.', { code: 'deadline' });
      return undefined;
    };

    for (let attempt = 0; ; attempt++) {
      const early = stopped();
      if (early) throw early;
      const attemptTimeout = AbortSignal.timeout(options.timeout ?? config.timeout);
      const signal = anySignal([callSignal, attemptTimeout]);
      const token = config.auth ? await config.auth.getToken(signal) : undefined;
      if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
      const body = json ?? (typeof raw === 'function' ? raw() : raw);
      const init: RequestInit & { duplex?: 'half' } = { method: spec.method, headers, signal };
      if (body !== undefined) init.body = body;
      if (body instanceof ReadableStream) init.duplex = 'half';
      const started = Date.now();
      log('debug', `→ ${where}`, {
        headers: maskHeaders(headers),
        body: json === undefined ? undefined : maskBody(spec.body),
      });
      let error: PortalError;
      try {
        const response = await run(new Request(url, init), chain);
        const requestId = response.headers.get('x-request-id') ?? undefined;
        log('info', `${where} ${response.status} ${Date.now() - started}ms`, { requestId, attempt });
        report(spec.method, url.pathname, response.headers);
        if (response.ok) {
          if (spec.responseType === 'response') return response;
          const text = await response.text();
          const parsed: unknown = text === '' ? undefined : JSON.parse(text);
          log('debug', `← ${where}`, { body: maskBody(parsed) });
          return parsed;
        }
        const text = await response.text();
        let parsed: unknown;
        try {
          parsed = text === '' ? undefined : JSON.parse(text);
        } catch {
          parsed = undefined;
        }
        error = errorFromResponse(response.status, response.headers, parsed, config.language);
        if (response.status === 401 && token !== undefined && !authRetried && replayable && config.auth) {
          authRetried = true;
          if (await config.auth.invalidate(token)) {
            attempt--;
            continue;
          }
        }
      } catch (cause) {
        const final = stopped();
        if (final) throw final;
        error = attemptTimeout.aborted
          ? new TimeoutError('An attempt timed out.', { code: 'timeout', retryable: true, cause })
          : new ConnectionError('No answer from the portal.', {
              code: 'connection_error',
              retryable: true,
              cause,
            });
      }
      if (!error.retryable || !retryable || attempt >= maxRetries) {
        log(attempt > 0 ? 'warn' : 'info', `${where} failed: ${error.code}`, {
          requestId: error.requestId,
          attempt,
        });
        throw error;
      }
      const asked = error instanceof RateLimitError ? error.retryAfter : undefined;
      if (asked !== undefined && asked > config.maxRetryAfter) throw error;
      const wait = asked ?? backoffDelay(attempt, config.backoff);
      log('info', `${where} retrying after ${error.code} in ${wait}ms`, {
        requestId: error.requestId,
        attempt,
      });
      try {
        await sleep(wait, callSignal);
      } catch {
        throw stopped() ?? error;
      }
    }
  };
}
