/** `client.webhooks`: endpoints that receive signed events. */
import { path } from '../internal/path.js';
import type { PagePromise } from '../pagination.js';
import type { RequestOptions } from '../request-options.js';
import type { WebhookEndpoint, WebhookEndpointCreate } from '../types.js';
import { APIResource } from './resource.js';

/** A new endpoint, with the signing secret the API shows only once. */
import type { APIPromise } from '../api-promise.js';
export type CreatedWebhookEndpoint = WebhookEndpoint & { readonly secret: string };

/** Webhook endpoints; verify deliveries with `verifyWebhook` from `@dvc-kit/sdk/server`. */
export class Webhooks extends APIResource {
  /** Registers an endpoint; keep its `secret` to verify deliveries. */
  create(body: WebhookEndpointCreate, options?: RequestOptions): APIPromise<CreatedWebhookEndpoint> {
    return this.call<CreatedWebhookEndpoint>({ method: 'POST', path: '/webhook-endpoints', body }, options);
  }

  /** My endpoints (without secrets). */
  list(
    params: { limit?: number; cursor?: string } = {},
    options?: RequestOptions,
  ): PagePromise<WebhookEndpoint> {
    return this.paginate('/webhook-endpoints', params, options);
  }

  /** One endpoint (without its secret). */
  retrieve(endpointId: string, options?: RequestOptions): APIPromise<WebhookEndpoint> {
    return this.call<WebhookEndpoint>(
      { method: 'GET', path: path`/webhook-endpoints/${endpointId}` },
      options,
    );
  }

  /** Removes an endpoint; pending retries are dropped. */
  async delete(endpointId: string, options?: RequestOptions): Promise<void> {
    await this.context.send({ method: 'DELETE', path: path`/webhook-endpoints/${endpointId}` }, options);
  }
}
