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
import { attemptSignal } from './attempt-signal.js';
import { sleep } from './signals.js';

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
  type Level = 'debug' | 'info' | 'warn' | 'error';
  const logging = (level: Level): boolean => config.logger !== undefined && logs(config.logLevel, level);
  const log = (level: Level, message: string, details: object): void => {
    config.logger?.[level](message, { ...details });
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
    // The deadline is a time, not a timer: each attempt's one timer runs to the earlier of its own
    // limit and the deadline (docs/sdk.md, "Performance").
    const deadlineAt = Date.now() + (options.deadline ?? config.deadline);
    let deadlinePassed = false;
    const timeout = options.timeout ?? config.timeout;
    const maxRetries = options.maxRetries ?? config.maxRetries;
    const chain = options.middleware ? [...config.middleware, ...options.middleware] : config.middleware;
    // Log lines (and the masking they need) are only built when a logger takes them.
    let whereText: string | undefined;
    const where = (): string => (whereText ??= `${spec.method} ${maskUrl(url)}`);
    let authRetried = false;

    const language = config.language;
    const stopped = (): PortalError | undefined => {
      if (options.signal?.aborted)
        return new AbortError(clientMessage('aborted', language), {
          code: 'aborted',
          cause: options.signal.reason,
        });
      if (deadlinePassed || Date.now() >= deadlineAt)
        return new TimeoutError(clientMessage('deadline', language), { code: 'deadline' });
      return undefined;
    };

    for (let attempt = 0; ; attempt++) {
      const early = stopped();
      if (early) throw early;
      const left = deadlineAt - Date.now();
      const limit = attemptSignal(Math.min(timeout, left), options.signal);
      // A `response` answer is handed back unread: its limit keeps running over the body.
      let keepLimit = false;
      let error: PortalError;
      try {
        const signal = limit.signal;
        const token = config.auth ? await config.auth.getToken(signal) : undefined;
        if (token !== undefined) headers.set('authorization', `Bearer ${token}`);
        const body = json ?? (typeof raw === 'function' ? raw() : raw);
        const init: RequestInit & { duplex?: 'half' } = { method: spec.method, headers, signal };
        if (body !== undefined) init.body = body;
        if (body instanceof ReadableStream) init.duplex = 'half';
        const started = Date.now();
        if (logging('debug'))
          log('debug', `→ ${where()}`, {
            headers: maskHeaders(headers),
            body: json === undefined ? undefined : maskBody(spec.body),
          });
        try {
          // Without middleware, `fetch` gets the URL and init as bare `fetch` would (no `Request` made twice).
          const response = await (chain.length === 0
            ? config.fetch.call(globalThis, url, init)
            : run(new Request(url, init), chain));
          if (logging('info'))
            log('info', `${where()} ${response.status} ${Date.now() - started}ms`, {
              requestId: response.headers.get('x-request-id') ?? undefined,
              attempt,
            });
          report(spec.method, url.pathname, response.headers);
          if (response.ok && spec.responseType === 'response') {
            keepLimit = true;
            return response;
          }
          const parsed = await readJson(response);
          if (response.ok) {
            if (logging('debug')) log('debug', `← ${where()}`, { body: maskBody(parsed) });
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
          if (limit.timedOut && left <= timeout) deadlinePassed = true;
          const final = stopped();
          if (final) throw final;
          error = limit.timedOut
            ? new TimeoutError(clientMessage('timeout', language), {
                code: 'timeout',
                retryable: true,
                cause,
              })
            : new ConnectionError(clientMessage('connection_error', language), {
                code: 'connection_error',
                retryable: true,
                cause,
              });
        }
      } finally {
        if (!keepLimit) limit.done();
      }
      if (!error.retryable || !retryable || attempt >= maxRetries) {
        const level = attempt > 0 ? 'warn' : 'info';
        if (logging(level))
          log(level, `${where()} failed: ${error.code}`, { requestId: error.requestId, attempt });
        throw error;
      }
      const asked = error instanceof RateLimitError ? error.retryAfter : undefined;
      if (asked !== undefined && asked > config.maxRetryAfter) throw error;
      const wait = asked ?? backoffDelay(attempt, config.backoff);
      if (logging('warn'))
        log('warn', `${where()} retrying after ${error.code} in ${wait}ms`, {
          requestId: error.requestId,
          attempt,
        });
      const untilDeadline = deadlineAt - Date.now();
      try {
        await sleep(Math.min(wait, Math.max(0, untilDeadline)), options.signal);
      } catch {
        throw stopped() ?? error;
      }
      if (wait >= untilDeadline) {
        deadlinePassed = true;
        throw stopped() ?? error;
      }
    }
  };
}
