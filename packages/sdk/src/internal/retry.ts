/** The retry policy: what may be retried, and how long to wait. */

/** Methods that change nothing, so they may always be sent again. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a request may be sent again at all: a safe method, or one that carries an Idempotency-Key. */
export function mayRetry(method: string, headers: Headers): boolean {
  return SAFE_METHODS.has(method) || headers.has('idempotency-key');
}

/** The backoff settings, in milliseconds. */
export interface Backoff {
  /** The first delay's ceiling (default 500). */
  readonly initialDelay: number;
  /** The largest ceiling (default 8000). */
  readonly maxDelay: number;
}

/** Full jitter: a random wait between 0 and min(max, initial * 2^attempt). */
export function backoffDelay(attempt: number, backoff: Backoff, random: () => number = Math.random): number {
  const ceiling = Math.min(backoff.maxDelay, backoff.initialDelay * 2 ** attempt);
  return Math.floor(random() * ceiling);
}
