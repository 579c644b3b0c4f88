import { verifyWebhook, WebhookVerificationError } from '@dvc-kit/sdk/server';
import { signWebhook } from '@dvc-kit/sdk/testing';
import { describe, expect, it } from 'vitest';

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

  it('keeps the secret out of the error', async () => {
    const headers = await signWebhook(event, SECRET);
    const error = await verifyWebhook(event, { ...headers }, OLD_SECRET).catch((e: unknown) => e);
    expect(JSON.stringify(error)).not.toContain(OLD_SECRET.slice(6));
  });
});
