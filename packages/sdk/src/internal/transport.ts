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
import { clientMessage } from './messages.js';
import { maskBody, maskHeaders, maskUrl } from './mask.js';
import { readJson, requestParts } from './request-parts.js';
import type { RequestSpec } from './request-spec.js';
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
    const { url, headers, json } = requestParts(base, config.language, config.headers, spec, options);
    const raw = spec.rawBody;
    const replayable = !(raw instanceof ReadableStream);
    const retryable = replayable && mayRetry(spec.method, headers);
    const deadline = AbortSignal.timeout(options.deadline ?? config.deadline);
    const callSignal = anySignal([options.signal, deadline]);
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const chain = [...config.middleware, ...(options.middleware ?? [])];
    const where = `${spec.method} ${maskUrl(url)}`;
    let authRetried = false;

    const language = config.language;
    const stopped = (): PortalError | undefined => {
      if (options.signal?.aborted)
        return new AbortError(clientMessage('aborted', language), {
          code: 'aborted',
          cause: options.signal.reason,
        });
      if (deadline.aborted)
        return new TimeoutError(clientMessage('deadline', language), { code: 'deadline' });
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
        if (response.ok && spec.responseType === 'response') return response;
        const parsed = await readJson(response);
        if (response.ok) {
          log('debug', `← ${where}`, { body: maskBody(parsed) });
          return spec.responseType === 'envelope' ? { data: parsed, response } : parsed;
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
          ? new TimeoutError(clientMessage('timeout', language), { code: 'timeout', retryable: true, cause })
          : new ConnectionError(clientMessage('connection_error', language), {
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
      log('warn', `${where} retrying after ${error.code} in ${wait}ms`, {
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
