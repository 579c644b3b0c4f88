/** Polling with backoff until a condition holds, under a signal and a time limit. */
import { AbortError, TimeoutError } from '../errors.js';
import { anySignal, sleep } from './signals.js';

/** How to poll. */
export interface PollOptions {
  readonly signal?: AbortSignal | undefined;
  /** Give up after this many milliseconds (default 10 minutes) with a `TimeoutError`. */
  readonly timeout?: number | undefined;
  /** The first wait between polls (default 1000 ms); each wait is 1.5 times the last. */
  readonly interval?: number | undefined;
  /** The longest wait between polls (default 30000 ms). */
  readonly maxInterval?: number | undefined;
}

/** Calls `poll` until `done(value)`, waiting longer each time. */
export async function pollUntil<T>(
  poll: (signal: AbortSignal) => Promise<T>,
  done: (value: T) => boolean,
  options: PollOptions,
): Promise<T> {
  const limit = AbortSignal.timeout(options.timeout ?? 600_000);
  const signal = anySignal([options.signal, limit]);
  let wait = options.interval ?? 1000;
  for (;;) {
    try {
      const value = await poll(signal);
      if (done(value)) return value;
      await sleep(wait, signal);
    } catch (error) {
      if (options.signal?.aborted) throw new AbortError('Waiting was aborted.', { code: 'aborted' });
      if (limit.aborted)
        throw new TimeoutError('The condition did not hold in time.', { code: 'wait_timeout' });
      throw error;
    }
    wait = Math.min(wait * 1.5, options.maxInterval ?? 30_000);
  }
}
