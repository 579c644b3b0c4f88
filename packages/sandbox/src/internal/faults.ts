/**
 * Fault injection for resilience tests: added latency, 429 with `Retry-After`, 500s at a rate,
 * and dropping the connection after a write was committed (what makes a naive client submit
 * twice). Faults are drawn per request from the configured rates, or forced by the request header
 * `X-Sandbox-Fault: latency | rate-limit | server-error | drop-after-commit`. `/v1/sandbox/*`
 * controls are never faulted.
 */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors.js';
import type { SandboxEnv } from './env.js';

/** The fault options of a sandbox. Rates are probabilities from 0 to 1 (default 0). */
export interface FaultOptions {
  /** Milliseconds added to every request (default 0), or to requests drawn by `latencyRate`. */
  latencyMs?: number;
  /** The share of requests delayed by `latencyMs` (default 1 when `latencyMs` is set). */
  latencyRate?: number;
  /** The share of requests answered 429 `rate_limited`. */
  rateLimitRate?: number;
  /** `Retry-After` of an injected 429, in seconds (default 1). */
  retryAfterSeconds?: number;
  /** The share of requests answered 500 `injected_fault`. */
  serverErrorRate?: number;
  /** The share of successful writes (POST, PATCH, DELETE) whose connection is dropped after the commit. */
  dropAfterCommitRate?: number;
  /** The random source, for reproducible runs (default `Math.random`). */
  random?: () => number;
}

type Fault = 'latency' | 'rate-limit' | 'server-error' | 'drop-after-commit';
const FAULTS: readonly string[] = ['latency', 'rate-limit', 'server-error', 'drop-after-commit'];

function forced(header: string | undefined): Set<Fault> {
  const out = new Set<Fault>();
  for (const part of (header ?? '').split(',')) {
    const name = part.trim().toLowerCase();
    if (FAULTS.includes(name)) out.add(name as Fault);
  }
  return out;
}

const sleep = (ms: number): Promise<void> =>
  new Promise((done) => {
    setTimeout(done, ms);
  });

/** The middleware that injects faults; a no-op unless a rate or the header asks for one. */
export function injectFaults(options: FaultOptions = {}): MiddlewareHandler<SandboxEnv> {
  const random = options.random ?? Math.random;
  const draw = (rate: number | undefined): boolean => rate !== undefined && rate > 0 && random() < rate;
  return async (c, next) => {
    if (c.req.path.startsWith('/v1/sandbox/')) {
      await next();
      return;
    }
    const asked = forced(c.req.header('x-sandbox-fault'));
    const latency = options.latencyMs ?? 0;
    if (
      asked.has('latency') ||
      (latency > 0 && (options.latencyRate === undefined || draw(options.latencyRate)))
    ) {
      await sleep(latency > 0 ? latency : 200);
    }
    if (asked.has('rate-limit') || draw(options.rateLimitRate)) {
      throw new ApiError(
        429,
        'rate_limited',
        { vi: 'Quá nhiều yêu cầu, vui lòng thử lại sau.', en: 'Too many requests; retry later.' },
        { headers: { 'Retry-After': String(options.retryAfterSeconds ?? 1) } },
      );
    }
    if (asked.has('server-error') || draw(options.serverErrorRate)) {
      throw new ApiError(500, 'injected_fault', {
        vi: 'Lỗi máy chủ giả lập (sandbox).',
        en: 'A simulated server error (sandbox fault injection).',
      });
    }
    const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
    const drop = write && (asked.has('drop-after-commit') || draw(options.dropAfterCommitRate));
    await next();
    if (drop && c.res.status < 300) {
      // The write is committed; the client never hears about it.
      (c.env as { incoming?: IncomingMessage } | undefined)?.incoming?.socket.destroy();
    }
  };
}
