/**
 * Webhook events as a typed union, derived from the contract's `webhooks` section: one member per
 * event type, discriminated by `type`, so `switch (event.type)` narrows `event.data`.
 */
import type { webhooks } from '@dvc-kit/contract';
import type { WebhookEventType } from '../types.js';

/** The JSON body the contract documents for the deliveries of event type `K`. */
type DeliveryBody<K extends keyof webhooks> = NonNullable<
  webhooks[K]['post']['requestBody']
>['content']['application/json'];

/** The event of type `K` (a schema shared by several types, such as payments', narrowed to `K`). */
type EventOf<K extends keyof webhooks> = Omit<DeliveryBody<K>, 'type'> & { type: K };

/** Every event a webhook endpoint can receive, discriminated by `type`. */
export type WebhookEvent = { [K in keyof webhooks]: EventOf<K> }[keyof webhooks];

/** The event whose `type` is `K`: `WebhookEventOf<'dossier.extended'>`. */
export type WebhookEventOf<K extends WebhookEventType> = Extract<WebhookEvent, { type: K }>;

/** The `data` of the event whose `type` is `K`. */
export type WebhookEventPayload<K extends WebhookEventType> = WebhookEventOf<K>['data'];

/** A dossier changed status: `data.dossier` and `data.previousStatus` (`null` for a new dossier). */
export type DossierStatusChangedEvent = WebhookEventOf<'dossier.status_changed'>;
/** An official gave a dossier a later appointment date: `data.dossier`, `data.previousAppointmentDate`. */
export type DossierExtendedEvent = WebhookEventOf<'dossier.extended'>;
/** A citizen rated a settled dossier: `data.dossier` (with its rating). */
export type DossierRatedEvent = WebhookEventOf<'dossier.rated'>;
/** A payment succeeded: `data.payment`. */
export type PaymentSucceededEvent = WebhookEventOf<'payment.succeeded'>;
/** A payment failed: `data.payment`. */
export type PaymentFailedEvent = WebhookEventOf<'payment.failed'>;

/** Each event type once; a type check fails here when the contract adds or drops one. */
const EVENT_TYPES: Readonly<Record<WebhookEventType, true>> & Readonly<Record<keyof webhooks, true>> = {
  'dossier.status_changed': true,
  'dossier.extended': true,
  'dossier.rated': true,
  'payment.succeeded': true,
  'payment.failed': true,
};

/** Every webhook event type, e.g. to subscribe an endpoint to all of them. */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.freeze(
  Object.keys(EVENT_TYPES) as WebhookEventType[],
);

/** Whether `type` is an event type this version of the sdk knows. */
export function isWebhookEventType(type: unknown): type is WebhookEventType {
  return typeof type === 'string' && Object.hasOwn(EVENT_TYPES, type);
}
