/** Runs the lifecycle clock over the store: on every API request and on a timer. */
import type { Clock } from '../clock.js';
import type { StoreOp } from '../store/records.js';
import type { Store } from '../store/store.js';
import { advanced, type LifecycleOptions } from './clock-advance.js';

/** The lifecycle clock of a running sandbox. */
export interface Lifecycle {
  /** Applies every automatic step that is due now, in one commit. */
  tick(): void;
}

/**
 * A lifecycle over `store`. With `auto: false` its `tick` does nothing.
 * @throws RangeError for a speed that is not a positive finite number.
 */
export function createLifecycle(store: Store, clock: Clock, options: LifecycleOptions = {}): Lifecycle {
  const speed = options.speed ?? 1;
  if (!Number.isFinite(speed) || speed <= 0)
    throw new RangeError(`lifecycle.speed must be positive: ${speed}`);
  if (options.auto === false) return { tick: () => undefined };
  return {
    tick(): void {
      const now = clock.now();
      const ops: StoreOp[] = [];
      for (const record of store.dossiers.values()) {
        const next = advanced(record, now, speed);
        if (next !== undefined) ops.push({ op: 'dossier.put', value: next });
      }
      if (ops.length > 0) store.commit(ops);
    },
  };
}
