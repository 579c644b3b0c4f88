/** Time as the sandbox sees it: injectable so tests can freeze it or move it forward. */

/** A source of the current time. */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until it is moved: for tests of dates, deadlines and the lifecycle. */
export interface ManualClock extends Clock {
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the clock to `date`. */
  set(date: Date): void;
}

/**
 * A clock that starts at `start` and moves only when told.
 * @param start the first time it reports (default: now).
 */
export function manualClock(start: Date = new Date()): ManualClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number): void {
      current += ms;
    },
    set(date: Date): void {
      current = date.getTime();
    },
  };
}
