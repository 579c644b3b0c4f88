/** Options every method accepts as its last argument. */
import type { Middleware } from './middleware.js';

/** Per-call options: cancellation, time limits, retries, headers, middleware. */
export interface RequestOptions {
  /** Cancels the call (every attempt, every page, the upload); it rejects with an `AbortError`. */
  readonly signal?: AbortSignal | undefined;
  /** The limit of one attempt in milliseconds (overrides the client's `timeout`). */
  readonly timeout?: number | undefined;
  /** The limit of the whole call, retries and waits included, in milliseconds. */
  readonly deadline?: number | undefined;
  /** How many times a failed attempt may be retried (overrides the client's `maxRetries`). */
  readonly maxRetries?: number | undefined;
  /**
   * The `Idempotency-Key` to send; drafts, uploads, submit, withdraw, supplement and payment
   * creation make one when this is absent.
   */
  readonly idempotencyKey?: string | undefined;
  /** Extra request headers (only those the API allows cross-origin work from browsers). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** Middleware for this call, run inside the client's own. */
  readonly middleware?: readonly Middleware[] | undefined;
}
