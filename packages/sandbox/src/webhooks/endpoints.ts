/** Webhook endpoints as the API shows them, and finding the caller's. */
import type { Principal } from '../auth/principal.js';
import { notFound } from '../internal/problems.js';
import type { WebhookEndpointRecord, WebhookEventType } from '../store/records.js';
import type { Store } from '../store/store.js';

/** `{ vi, en }` names of an endpoint, for 404 messages. */
export const WEBHOOK_ENDPOINT = { vi: 'địa chỉ nhận webhook', en: 'Webhook endpoint' };

/** The `WebhookEndpoint` resource (never with its secret). */
export interface WebhookEndpointResource {
  id: string;
  url: string;
  events: WebhookEventType[];
  description?: string;
  createdAt: string;
}

/** The API resource of `record`. */
export function webhookEndpointResource(record: WebhookEndpointRecord): WebhookEndpointResource {
  return {
    id: record.id,
    url: record.url,
    events: record.events,
    ...(record.description === undefined ? {} : { description: record.description }),
    createdAt: record.createdAt,
  };
}

/** The owner id of a server client's endpoints. */
export function clientOwner(principal: Principal): string {
  return principal.kind === 'client' ? principal.clientId : '';
}

/**
 * The endpoint `id` when `principal` registered it.
 * @throws ApiError 404 otherwise.
 */
export function ownEndpoint(store: Store, principal: Principal, id: string): WebhookEndpointRecord {
  const record = store.webhookEndpoints.get(id);
  if (record === undefined || record.ownerId !== clientOwner(principal)) throw notFound(WEBHOOK_ENDPOINT);
  return record;
}
