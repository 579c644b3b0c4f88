/**
 * Webhook endpoints: `POST/GET /v1/webhook-endpoints`, `GET/DELETE
 * /v1/webhook-endpoints/{id}`, for server clients (a client-credentials token with the `webhooks`
 * scope). The signing secret is in the answer to the POST only.
 */
import type { Hono } from 'hono';
import { requireAuth } from '../auth/require-auth.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import type { SandboxEnv } from '../internal/env.js';
import { newId } from '../internal/ids.js';
import { localeOf } from '../internal/locale.js';
import { paginate } from '../internal/pagination.js';
import { invalidBody } from '../internal/problems.js';
import { readQuery } from '../internal/query.js';
import { param, route } from '../internal/routing.js';
import type { StoreOp, WebhookEndpointRecord, WebhookEventType } from '../store/records.js';
import { clientOwner, ownEndpoint, webhookEndpointResource } from '../webhooks/endpoints.js';
import { newSigningKey, SECRET_PREFIX } from '../webhooks/signature.js';

interface EndpointCreateBody {
  url: string;
  events: WebhookEventType[];
  description?: string;
}

/** Registers the webhook endpoint routes. */
export function webhookEndpointRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const auth = requireAuth(ctx.authenticator, { as: 'client', scope: 'webhooks' });

  route(app, '/v1/webhook-endpoints', {
    post: [
      auth,
      async (c) => {
        const body = await readJsonBody<EndpointCreateBody>(c, 'WebhookEndpointCreate');
        const url = URL.canParse(body.url) ? new URL(body.url) : undefined;
        if (
          url === undefined ||
          !['http:', 'https:'].includes(url.protocol) ||
          url.username !== '' ||
          url.password !== ''
        ) {
          const en = localeOf(c.req.header('accept-language')) === 'en';
          throw invalidBody([
            {
              pointer: '/url',
              code: 'format',
              message: en
                ? 'The URL must be http or https, without credentials.'
                : 'Địa chỉ phải là http hoặc https, không kèm thông tin đăng nhập.',
            },
          ]);
        }
        const record: WebhookEndpointRecord = {
          id: newId('whe'),
          ownerId: clientOwner(c.get('principal')),
          url: url.toString(),
          events: body.events,
          description: body.description,
          key: newSigningKey(),
          createdAt: ctx.clock.now().toISOString(),
        };
        ctx.store.commit([{ op: 'webhook.put', value: record }]);
        c.header('Location', `/v1/webhook-endpoints/${record.id}`);
        c.header('Cache-Control', 'no-store');
        return c.json({ ...webhookEndpointResource(record), secret: `${SECRET_PREFIX}${record.key}` }, 201);
      },
    ],
    get: [
      auth,
      (c) => {
        const { cursor, limit } = readQuery(c, '/v1/webhook-endpoints', 'get');
        const owner = clientOwner(c.get('principal'));
        const mine = [...ctx.store.webhookEndpoints.values()]
          .filter((e) => e.ownerId === owner)
          .map((e) => ({ key: `${e.createdAt}|${e.id}`, e }))
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const page = paginate(mine, { key: (item) => item.key, cursor, limit, query: '' });
        return c.json({
          data: page.data.map((item) => webhookEndpointResource(item.e)),
          nextCursor: page.nextCursor,
        });
      },
    ],
  });

  route(app, '/v1/webhook-endpoints/:webhookEndpointId', {
    get: [
      auth,
      (c) =>
        c.json(
          webhookEndpointResource(ownEndpoint(ctx.store, c.get('principal'), param(c, 'webhookEndpointId'))),
        ),
    ],
    delete: [
      auth,
      (c) => {
        const record = ownEndpoint(ctx.store, c.get('principal'), param(c, 'webhookEndpointId'));
        const ops: StoreOp[] = [{ op: 'webhook.delete', id: record.id }];
        for (const delivery of ctx.store.deliveries.values()) {
          if (delivery.endpointId === record.id) ops.push({ op: 'delivery.delete', id: delivery.id });
        }
        ctx.store.commit(ops);
        return c.body(null, 204);
      },
    ],
  });
}
