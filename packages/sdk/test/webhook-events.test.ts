/**
 * Webhook events as a typed union: `verifyWebhook` returns a `WebhookEvent`, and `switch (event.type)`
 * narrows `event.data`. Type tests, then real deliveries from a sandbox (a status change and a payment).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  clientCredentials,
  createClient,
  isWebhookEventType,
  verifyWebhook,
  WEBHOOK_EVENT_TYPES,
  WebhookVerificationError,
  type Dossier,
  type DossierExtendedEvent,
  type DossierRatedEvent,
  type DossierStatus,
  type DossierStatusChangedEvent,
  type Payment,
  type PaymentFailedEvent,
  type PaymentSucceededEvent,
  type WebhookEvent,
  type WebhookEventPayload,
  type WebhookEventType,
} from '@dvc-kit/sdk/server';
import { signWebhook } from '@dvc-kit/sdk/testing';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { birthDraftWithDocuments, MONDAY_9AM, start } from './support/sandbox.js';

const SECRET = `whsec_${btoa('a test key of 32 bytes, no more!')}`;

describe('the WebhookEvent union', () => {
  it('is discriminated by type, one member per event type of the contract', () => {
    expectTypeOf<WebhookEvent['type']>().toEqualTypeOf<WebhookEventType>();
    expectTypeOf<WebhookEventType>().toEqualTypeOf<
      'dossier.status_changed' | 'dossier.extended' | 'dossier.rated' | 'payment.succeeded' | 'payment.failed'
    >();
    expectTypeOf<WebhookEvent>().toEqualTypeOf<
      | DossierStatusChangedEvent
      | DossierExtendedEvent
      | DossierRatedEvent
      | PaymentSucceededEvent
      | PaymentFailedEvent
    >();
    expectTypeOf<DossierStatusChangedEvent['data']['previousStatus']>().toEqualTypeOf<DossierStatus | null>();
    expectTypeOf<DossierExtendedEvent['data']['previousAppointmentDate']>().toEqualTypeOf<string | null>();
    // The contract's Dossier, which the sdk's `Dossier` is (mutually assignable).
    expectTypeOf<WebhookEventPayload<'dossier.rated'>['dossier']>().toExtend<Dossier>();
    expectTypeOf<Dossier>().toExtend<WebhookEventPayload<'dossier.rated'>['dossier']>();
    expectTypeOf<PaymentFailedEvent['type']>().toEqualTypeOf<'payment.failed'>();
    expectTypeOf<WebhookEventPayload<'payment.succeeded'>['payment']>().toEqualTypeOf<Payment>();
    const verify = (body: string) => verifyWebhook(body, {}, SECRET);
    expectTypeOf(verify).returns.toEqualTypeOf<Promise<WebhookEvent>>();
  });

  it('narrows data in a switch on type', () => {
    const describe = (event: WebhookEvent): string => {
      switch (event.type) {
        case 'dossier.status_changed':
          return `${event.data.dossier.id} ${String(event.data.previousStatus)}`;
        case 'dossier.extended':
          return `${event.data.dossier.id} ${event.data.previousAppointmentDate ?? ''}`;
        case 'dossier.rated':
          return event.data.dossier.id;
        case 'payment.succeeded':
        case 'payment.failed':
          // @ts-expect-error -- a payment event has no dossier.
          return `${event.data.payment.id} ${String(event.data.dossier)}`;
      }
    };
    expectTypeOf(describe).toBeFunction();
  });

  it('lists every event type at run time', () => {
    expect([...WEBHOOK_EVENT_TYPES].sort()).toEqual([
      'dossier.extended',
      'dossier.rated',
      'dossier.status_changed',
      'payment.failed',
      'payment.succeeded',
    ]);
    expect(isWebhookEventType('payment.failed')).toBe(true);
    expect(isWebhookEventType('dossier.deleted')).toBe(false);
    expect(isWebhookEventType('toString')).toBe(false);
  });
});

describe('verifyWebhook', () => {
  it('refuses a signed JSON body that is not an event object', async () => {
    for (const body of ['[1]', '"text"', 'null', '{}', '{"id":"evt_1","type":"dossier.rated"}']) {
      const error = await verifyWebhook(body, { ...(await signWebhook(body, SECRET)) }, SECRET).catch(
        (e: unknown) => e,
      );
      expect(error, body).toBeInstanceOf(WebhookVerificationError);
      expect(error, body).toMatchObject({ code: 'invalid_payload', status: 400 });
    }
  });

  it('returns typed events from real deliveries: a status change and a payment', async () => {
    const received: { body: string; headers: IncomingHttpHeaders }[] = [];
    let wake: () => void = () => undefined;
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.writeHead(204).end();
        wake();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    try {
      const sandbox = await start();
      const server = createClient({
        baseUrl: sandbox.api,
        auth: clientCredentials({
          tokenEndpoint: `${sandbox.api}/auth/token`,
          clientId: 'sandbox-server',
          clientSecret: 'sandbox-server-secret',
          scope: 'webhooks',
        }),
      });
      const endpoint = await server.webhooks.create({
        url: `http://127.0.0.1:${port}/hooks`,
        events: [...WEBHOOK_EVENT_TYPES],
      });
      const citizen = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
      const draft = await citizen.dossiers.create(await birthDraftWithDocuments(citizen));
      await citizen.dossiers.submit(draft.id);
      const payment = await citizen.payments.create({ dossierId: draft.id });
      const approved = await fetch(payment.checkoutUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ decision: 'approve' }),
      });
      expect(approved.status).toBe(200);

      const seen: string[] = [];
      const deadline = Date.now() + 20_000;
      while (!(seen.includes('status') && seen.includes('paid')) && Date.now() < deadline) {
        const delivery = received.shift();
        if (delivery === undefined) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            setTimeout(resolve, 200);
          });
          continue;
        }
        const event = await verifyWebhook(delivery.body, delivery.headers, endpoint.secret, {
          now: MONDAY_9AM.getTime(),
        });
        if (event.type === 'dossier.status_changed' && event.data.dossier.id === draft.id) {
          expect(event.data.dossier.status).toBe(1);
          expect(event.data.previousStatus).toBeNull();
          seen.push('status');
        } else if (event.type === 'payment.succeeded') {
          expect(event.data.payment).toMatchObject({
            id: payment.id,
            dossierId: draft.id,
            status: 'succeeded',
          });
          seen.push('paid');
        }
      }
      expect(seen.sort()).toEqual(['paid', 'status']);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 60_000);
});
