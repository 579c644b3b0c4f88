/**
 * One attempt's signal: one `AbortController` and one timer, aborted when the attempt's time runs out
 * or the caller's signal aborts, and released by `done()`. In Node, `AbortSignal.timeout` and
 * `AbortSignal.any` cost far more per request (weak references, a finalization registry, a timer
 * that lives on after the answer); this is what bare `fetch` with a timeout would pay.
 */

/** The longest delay `setTimeout` keeps (about 24.8 days); a longer limit is no limit. */
const MAX_DELAY = 2 ** 31 - 1;

/** An attempt's signal and whether its time ran out. */
export interface AttemptSignal {
  readonly signal: AbortSignal;
  /** Whether the timer fired (the signal's reason is then a `TimeoutError` `DOMException`). */
  readonly timedOut: boolean;
  /** Stops the timer and stops following the caller's signal. */
  done(): void;
}

/** A signal aborted after `ms` or when `caller` aborts, whichever comes first. */
export function attemptSignal(ms: number, caller: AbortSignal | undefined): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer =
    ms > MAX_DELAY
      ? undefined
      : setTimeout(
          () => {
            timedOut = true;
            controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
          },
          Math.max(0, ms),
        );
  // In Node, a pending limit must not keep the process alive (as `AbortSignal.timeout` does not).
  (timer as { unref?: () => void } | undefined)?.unref?.();
  const follow =
    caller === undefined
      ? undefined
      : (): void => {
          controller.abort(caller.reason);
        };
  if (follow !== undefined) caller?.addEventListener('abort', follow, { once: true });
  return {
    signal: controller.signal,
    get timedOut() {
      return timedOut;
    },
    done() {
      clearTimeout(timer);
      if (follow !== undefined) caller?.removeEventListener('abort', follow);
    },
  };
}
