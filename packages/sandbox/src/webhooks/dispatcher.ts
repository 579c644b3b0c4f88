/**
 * Sending deliveries: each due delivery is POSTed, signed, to its endpoint. A 2xx answer
 * acknowledges it (the delivery is forgotten); anything else, or no answer within the timeout,
 * schedules the next attempt after the next delay on the sandbox clock (5 s, 30 s, 2 min, 10 min,
 * 1 h by default), and after the last one the delivery is given up. Pending deliveries are in
 * the store, so they survive a restart.
 */
import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { DeliveryRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { signWebhook } from './signature.js';

/** Options of webhook deliveries. */
export interface WebhookOptions {
  /**
   * Delays before each retry, in milliseconds of the sandbox clock (default 5 s, 30 s, 2 min,
   * 10 min, 1 h). A delivery is tried once plus once per delay, then given up.
   */
  retryDelaysMs?: readonly number[];
  /** How long to wait for a receiver's answer, in real milliseconds (default 10 s). */
  timeoutMs?: number;
}

const DEFAULT_DELAYS = [5_000, 30_000, 120_000, 600_000, 3_600_000];

/** The deliveries of a running sandbox. */
export interface Dispatcher {
  /** Sends every delivery that is due and not already on its way. */
  tick(): void;
  /** Stops sending and waits for the deliveries on their way. */
  close(): Promise<void>;
}

/** A dispatcher over `store`. */
export function createDispatcher(
  store: Store,
  clock: Clock,
  logger: Logger,
  options: WebhookOptions = {},
): Dispatcher {
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const inFlight = new Map<string, Promise<void>>();
  const stop = new AbortController();

  async function send(delivery: DeliveryRecord): Promise<void> {
    const endpoint = store.webhookEndpoints.get(delivery.endpointId);
    if (endpoint === undefined) return;
    const startedAt = clock.now().getTime();
    const timestamp = Math.floor(startedAt / 1000);
    let acknowledged = false;
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.any([stop.signal, AbortSignal.timeout(timeoutMs)]),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'dvc-sandbox-webhooks/1',
          'webhook-id': delivery.eventId,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': signWebhook(
            { id: delivery.eventId, timestamp, body: delivery.body },
            endpoint.key,
          ),
        },
        body: delivery.body,
      });
      await res.body?.cancel();
      acknowledged = res.status >= 200 && res.status < 300;
    } catch {
      // Refused, reset or timed out: the same as a failed answer.
    }
    if (stop.signal.aborted) return;
    settle(delivery, acknowledged, startedAt);
  }

  /** Forgets an acknowledged (or given-up) delivery, or schedules its next attempt from `startedAt`. */
  function settle(delivery: DeliveryRecord, acknowledged: boolean, startedAt: number): void {
    // The endpoint may have been removed (and its deliveries with it) meanwhile.
    if (!store.deliveries.has(delivery.id)) return;
    const attempts = delivery.attempts + 1;
    const delay = delays[attempts - 1];
    if (acknowledged || delay === undefined) {
      if (!acknowledged) logger.info('webhook delivery given up', { delivery: delivery.eventId, attempts });
      store.commit([{ op: 'delivery.delete', id: delivery.id }]);
      return;
    }
    const next = startedAt + delay;
    const nextAttemptAt = new Date(next).toISOString();
    store.commit([{ op: 'delivery.put', value: { ...delivery, attempts, nextAttemptAt } }]);
    // The clock may have moved past it while the receiver was answering.
    if (next <= clock.now().getTime()) setImmediate(tick);
  }

  function tick(): void {
    if (stop.signal.aborted) return;
    const now = clock.now().toISOString();
    for (const delivery of store.deliveries.values()) {
      if (delivery.nextAttemptAt > now || inFlight.has(delivery.id)) continue;
      const sending = send(delivery)
        .catch((error: unknown) => {
          logger.error('webhook delivery failed', { error: error instanceof Error ? error.name : 'unknown' });
        })
        .finally(() => inFlight.delete(delivery.id));
      inFlight.set(delivery.id, sending);
    }
  }

  return {
    tick,
    async close(): Promise<void> {
      stop.abort();
      await Promise.allSettled([...inFlight.values()]);
    },
  };
}
