/**
 * Events from commits, for the change feed and webhooks: a dossier whose status changed
 * (`dossier.status_changed`, one event per commit: a lifecycle catch-up over several steps is one
 * event from the first status to the last), a dossier given a later appointment date
 * (`dossier.extended`) or rated (`dossier.rated`), and a payment that succeeded or failed
 * (`payment.succeeded`, `payment.failed`). Each event is written to the feed (`event.put`,
 * numbered in commit order) and becomes one delivery per endpoint subscribed to its type, in the
 * same commit as the change, so a change is never stored without its event and deliveries. An
 * endpoint an agency system registered receives its agency's events only.
 */
import { getClient } from '../auth/oidc/clients.js';
import { dossierResource } from '../dossiers/view.js';
import { newId } from '../internal/ids.js';
import { paymentResource } from '../payments/view.js';
import type {
  DeliveryRecord,
  DossierRecord,
  EventRecord,
  StoreOp,
  WebhookEndpointRecord,
  WebhookEventType,
} from '../store/records.js';
import type { Store } from '../store/store.js';

interface Event {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  agencyId: string | null;
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
        if (other !== undefined)
          events.push({ id: newId('msg'), createdAt, agencyId: op.value.agencyId, ...other });
        continue;
      }
      events.push({
        id: newId('msg'),
        type: 'dossier.status_changed',
        createdAt,
        agencyId: op.value.agencyId,
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
        agencyId: agencyOfPayment(ops, store, op.value.dossierId),
        data: { payment: paymentResource(op.value, baseUrl) },
      });
    }
  }
  return events;
}

/** The agency of a payment's dossier (written in the same commit, or stored). */
function agencyOfPayment(ops: readonly StoreOp[], store: Store, dossierId: string): string | null {
  for (const op of ops) if (op.op === 'dossier.put' && op.value.id === dossierId) return op.value.agencyId;
  return store.dossiers.get(dossierId)?.agencyId ?? null;
}

/** Whether `endpoint` receives `event`: subscribed to its type, and of its agency when bound to one. */
function receives(endpoint: WebhookEndpointRecord, event: Event): boolean {
  if (!endpoint.events.includes(event.type)) return false;
  const agencyId = getClient(endpoint.ownerId)?.agencyId;
  return agencyId === undefined || agencyId === event.agencyId;
}

/**
 * What `ops` give rise to at `now`: their events in the feed (numbered after the store's last) and
 * the deliveries of those events, due at once.
 */
export function eventOps(ops: readonly StoreOp[], store: Store, now: Date, baseUrl: string): StoreOp[] {
  const out: StoreOp[] = [];
  let seq = store.lastEventSeq();
  for (const event of eventsOf(ops, store, now, baseUrl)) {
    const record: EventRecord = { ...event, seq: ++seq };
    out.push({ op: 'event.put', value: record });
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      createdAt: event.createdAt,
      data: event.data,
    });
    for (const endpoint of store.webhookEndpoints.values()) {
      if (!receives(endpoint, event)) continue;
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
