/**
 * Issue 15, item 7: a payment's `returnUrl` must be on the OAuth client's registered redirect
 * origins (422 otherwise), so the tokenless payment page cannot be an open redirect.
 */
import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personaToken } from './support/clients.js';
import { MONDAY_9AM } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';
import { createPayment, submittedBirth } from './support/payments.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

describe('a payment return URL', () => {
  it('is refused off the client’s redirect origins, for fixed and OIDC tokens alike', async () => {
    const dossier = await submittedBirth(sandbox, 'ret-1');
    const token = await personaToken(sandbox);
    for (const as of ['citizen-an', token]) {
      for (const returnUrl of [
        'https://evil.example/paid',
        'http://evil.example:5173/',
        'http://user:pw@127.0.0.1:5173/',
        'https://127.0.0.1.evil.example/',
      ]) {
        const res = await createPayment(
          sandbox,
          { dossierId: dossier.id, returnUrl },
          `ret-${returnUrl}`,
          as,
        );
        expect(res.status, returnUrl).toBe(422);
        expect(res.body).toMatchObject({
          error: {
            code: 'invalid_body',
            issues: [{ pointer: '/returnUrl', code: 'return_url_not_registered' }],
          },
        });
      }
    }
    // Nothing was created: the payment on a registered origin is the dossier's first.
    const ok = await createPayment(
      sandbox,
      { dossierId: dossier.id, returnUrl: 'http://localhost:5173/#/dossiers/x' },
      'ret-ok',
      token,
    );
    expect(ok.status).toBe(201);
    const back = await call(sandbox, 'POST', `/v1/payments/${ok.body.id}/checkout`, {
      body: 'decision=decline',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe(
      `http://localhost:5173/?paymentId=${ok.body.id}&status=failed#/dossiers/x`,
    );
  });
});
