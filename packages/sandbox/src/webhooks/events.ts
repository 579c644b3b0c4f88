/**
 * Events from commits: a dossier whose status changed (`dossier.status_changed`, one event per
 * commit: a lifecycle catch-up over several steps is one event from the first status to the
 * last) and a payment that succeeded or failed (`payment.succeeded`, `payment.failed`). Each
 * event becomes one delivery per endpoint subscribed to its type, written in the same commit as
 * the change, so a change is never stored without its deliveries.
 */
import { dossierResource } from '../dossiers/view.js';
import { newId } from '../internal/ids.js';
import { paymentResource } from '../payments/view.js';
import type { DeliveryRecord, StoreOp, WebhookEventType } from '../store/records.js';
import type { Store } from '../store/store.js';

interface Event {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: unknown;
}

function eventsOf(ops: readonly StoreOp[], store: Store, now: Date, baseUrl: string): Event[] {
  const events: Event[] = [];
  const createdAt = now.toISOString();
  for (const op of ops) {
    if (op.op === 'dossier.put') {
      const previousStatus = store.dossiers.get(op.value.id)?.status ?? null;
      if (op.value.status === previousStatus) continue;
      events.push({
        id: newId('msg'),
        type: 'dossier.status_changed',
        createdAt,
        data: { dossier: dossierResource(op.value), previousStatus },
      });
    } else if (op.op === 'payment.put') {
      const status = op.value.status;
      if (store.payments.get(op.value.id)?.status === status) continue;
      if (status === 'pending') continue;
      events.push({
        id: newId('msg'),
        type: status === 'succeeded' ? 'payment.succeeded' : 'payment.failed',
        createdAt,
        data: { payment: paymentResource(op.value, baseUrl) },
      });
    }
  }
  return events;
}

/** The deliveries `ops` give rise to, due at `now`. */
export function deliveryOps(ops: readonly StoreOp[], store: Store, now: Date, baseUrl: string): StoreOp[] {
  if (store.webhookEndpoints.size === 0) return [];
  const out: StoreOp[] = [];
  for (const event of eventsOf(ops, store, now, baseUrl)) {
    const body = JSON.stringify(event);
    for (const endpoint of store.webhookEndpoints.values()) {
      if (!endpoint.events.includes(event.type)) continue;
      const value: DeliveryRecord = {
        id: `${event.id}:${endpoint.id}`,
        eventId: event.id,
        endpointId: endpoint.id,
        body,
        attempts: 0,
        nextAttemptAt: now.toISOString(),
      };
      out.push({ op: 'delivery.put', value });
    }
  }
  return out;
}
