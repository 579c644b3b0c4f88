import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  clientCredentials,
  createClient,
  NotFoundError,
  verifyWebhook,
  WebhookVerificationError,
} from '@dvc-kit/sdk/server';
import { signWebhook } from '@dvc-kit/sdk/testing';
import { describe, expect, it } from 'vitest';
import { birthDraftWithDocuments, MONDAY_9AM, start } from './support/sandbox.js';

const SECRET = `whsec_${btoa('a test key of 32 bytes, no more!')}`;
const OLD_SECRET = `whsec_${btoa('the previous key, being rotated.')}`;
const event = JSON.stringify({ id: 'evt_1', type: 'dossier.status_changed', data: { status: 2 } });

describe('verifyWebhook', () => {
  it('accepts a delivery signed with the secret, as Headers or as a Node header object', async () => {
    const headers = await signWebhook(event, SECRET);
    expect(await verifyWebhook(event, new Headers({ ...headers }), SECRET)).toEqual(JSON.parse(event));
    expect(await verifyWebhook(new TextEncoder().encode(event), { ...headers }, [SECRET])).toMatchObject({
      type: 'dossier.status_changed',
    });
  });

  it('accepts either secret during a key rotation, and any of several signatures', async () => {
    const old = await signWebhook(event, OLD_SECRET, { id: 'msg_1', timestamp: 1_790_000_000 });
    const fresh = await signWebhook(event, SECRET, { id: 'msg_1', timestamp: 1_790_000_000 });
    const now = 1_790_000_000_000;
    await expect(verifyWebhook(event, { ...old }, [SECRET, OLD_SECRET], { now })).resolves.toBeDefined();
    const both = {
      ...fresh,
      'webhook-signature': `${old['webhook-signature']} ${fresh['webhook-signature']}`,
    };
    await expect(verifyWebhook(event, both, SECRET, { now })).resolves.toBeDefined();
  });

  it('refuses a bad signature, a changed body, a stale timestamp and missing headers with a clear code', async () => {
    const headers = await signWebhook(event, SECRET, { timestamp: 1_790_000_000 });
    const now = 1_790_000_000_000;
    const codeOf = async (p: Promise<unknown>): Promise<unknown> =>
      p.then(
        () => 'accepted',
        (e: unknown) => (e instanceof WebhookVerificationError ? e.code : e),
      );
    expect(await codeOf(verifyWebhook(event, { ...headers }, OLD_SECRET, { now }))).toBe('bad_signature');
    expect(await codeOf(verifyWebhook(`${event} `, { ...headers }, SECRET, { now }))).toBe('bad_signature');
    expect(await codeOf(verifyWebhook(event, { ...headers }, SECRET, { now: now + 301_000 }))).toBe(
      'stale_timestamp',
    );
    expect(await codeOf(verifyWebhook(event, { ...headers }, SECRET, { now: now + 299_000 }))).toBe(
      'accepted',
    );
    expect(await codeOf(verifyWebhook(event, { 'webhook-id': 'x' }, SECRET, { now }))).toBe(
      'missing_headers',
    );
  });

  it('skips unset secrets of a rotation, and refuses missing or malformed ones with its own error', async () => {
    const headers = await signWebhook(event, SECRET);
    const unset = undefined as string | undefined;
    await expect(verifyWebhook(event, { ...headers }, [unset, SECRET])).resolves.toEqual(JSON.parse(event));
    await expect(verifyWebhook(event, { ...headers }, [SECRET, unset])).resolves.toBeDefined();
    for (const secrets of [[unset], unset, '', 'whsec_', 'whsec_not base64!', [SECRET, '']] as const) {
      const error = await verifyWebhook(event, { ...headers }, secrets).catch((e: unknown) => e);
      expect(error, JSON.stringify(secrets)).toBeInstanceOf(WebhookVerificationError);
      expect(error).toMatchObject({ code: 'invalid_secret', status: 500 });
    }
  });

  it('refuses a signed body that is not JSON with its own error, not a SyntaxError', async () => {
    const body = 'not json {';
    const error = await verifyWebhook(body, { ...(await signWebhook(body, SECRET)) }, SECRET).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ code: 'invalid_payload', status: 400 });
    expect((error as Error).cause).toBeInstanceOf(SyntaxError);
  });

  it('reads header names in any case from a plain object', async () => {
    const signed = await signWebhook(event, SECRET);
    const headers = {
      'Webhook-Id': signed['webhook-id'],
      'WEBHOOK-TIMESTAMP': signed['webhook-timestamp'],
      'Webhook-Signature': [signed['webhook-signature']],
    };
    await expect(verifyWebhook(event, headers, SECRET)).resolves.toEqual(JSON.parse(event));
  });

  it('words its errors in Vietnamese by default, in English on request', async () => {
    const headers = await signWebhook(event, SECRET);
    const vi = await verifyWebhook(event, { ...headers }, OLD_SECRET).catch((e: unknown) => e);
    const en = await verifyWebhook(event, { ...headers }, OLD_SECRET, { language: 'en' }).catch(
      (e: unknown) => e,
    );
    expect((vi as Error).message).toMatch(/chữ ký/);
    expect((en as Error).message).toBe('No signature of the delivery matches a secret.');
  });

  it('keeps the secret out of the error', async () => {
    const headers = await signWebhook(event, SECRET);
    const error = await verifyWebhook(event, { ...headers }, OLD_SECRET).catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain(OLD_SECRET.slice(6));
  });
});

describe('client.webhooks with the sandbox’s deliveries', () => {
  it('registers an endpoint, receives a signed dossier event and verifies it; lists, reads and deletes', async () => {
    const received: { body: string; headers: IncomingHttpHeaders }[] = [];
    let arrived: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (arrived = resolve));
    const receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers });
        res.writeHead(204).end();
        arrived();
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
        events: ['dossier.status_changed'],
      });
      expect(endpoint.secret).toMatch(/^whsec_/);
      expect((await server.webhooks.retrieve(endpoint.id)).url).toBe(`http://127.0.0.1:${port}/hooks`);
      expect((await server.webhooks.list().toArray({ limit: 10 })).map((e) => e.id)).toEqual([endpoint.id]);

      const citizen = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
      const draft = await citizen.dossiers.create(await birthDraftWithDocuments(citizen));
      await citizen.dossiers.submit(draft.id);
      await first;
      const delivery = received[0]!;
      // The sandbox signs with its own (manual) clock, so the check uses that time as "now".
      const now = MONDAY_9AM.getTime();
      const event = await verifyWebhook(delivery.body, delivery.headers, endpoint.secret, {
        now,
      });
      expect(event.type).toBe('dossier.status_changed');
      await expect(verifyWebhook(delivery.body, delivery.headers, SECRET, { now })).rejects.toBeInstanceOf(
        WebhookVerificationError,
      );

      await server.webhooks.delete(endpoint.id);
      await expect(server.webhooks.retrieve(endpoint.id)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  }, 30_000);
});
