/**
 * Events from commits: a dossier whose status changed (`dossier.status_changed`, one event per
 * commit: a lifecycle catch-up over several steps is one event from the first status to the
 * last), a dossier given a later appointment date (`dossier.extended`) or rated (`dossier.rated`),
 * and a payment that succeeded or failed (`payment.succeeded`, `payment.failed`). Each
 * event becomes one delivery per endpoint subscribed to its type, written in the same commit as
 * the change, so a change is never stored without its deliveries.
 */
import { dossierResource } from '../dossiers/view.js';
import { newId } from '../internal/ids.js';
import { paymentResource } from '../payments/view.js';
import type { DeliveryRecord, DossierRecord, StoreOp, WebhookEventType } from '../store/records.js';
import type { Store } from '../store/store.js';

interface Event {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  data: unknown;
}

/**
 * The event of a dossier change that keeps its status: an extension (a later appointment date,
 * `dossier.extended`) or a rating (`dossier.rated`).
 */
function otherDossierEvent(
  next: DossierRecord,
  previous: DossierRecord | undefined,
): Pick<Event, 'type' | 'data'> | undefined {
  if (previous === undefined || next.status === null) return undefined;
  if (next.appointmentDate !== previous.appointmentDate && next.history.length > previous.history.length) {
    return {
      type: 'dossier.extended',
      data: { dossier: dossierResource(next), previousAppointmentDate: previous.appointmentDate },
    };
  }
  if ((previous.rating ?? null) === null && (next.rating ?? null) !== null) {
    return { type: 'dossier.rated', data: { dossier: dossierResource(next) } };
  }
  return undefined;
}

function eventsOf(ops: readonly StoreOp[], store: Store, now: Date, baseUrl: string): Event[] {
  const events: Event[] = [];
  const createdAt = now.toISOString();
  for (const op of ops) {
    if (op.op === 'dossier.put') {
      const previous = store.dossiers.get(op.value.id);
      const previousStatus = previous?.status ?? null;
      if (op.value.status === previousStatus) {
        const other = otherDossierEvent(op.value, previous);
        if (other !== undefined) events.push({ id: newId('msg'), createdAt, ...other });
        continue;
      }
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
