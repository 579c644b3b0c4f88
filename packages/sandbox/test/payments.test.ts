import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONDAY_9AM, type Dossier } from './support/dossiers.js';
import { clientToken } from './support/clients.js';
import { call, startSandbox } from './support/http.js';
import { createPayment, decide, submittedBirth, type Payment, type Receipt } from './support/payments.js';

let sandbox: Sandbox;
const clock = manualClock(MONDAY_9AM);
beforeAll(async () => {
  sandbox = await startSandbox({ clock, lifecycle: { auto: false } });
});
afterAll(() => sandbox.close());

const advance = (id: string, status: number) =>
  call<Dossier>(sandbox, 'POST', `/v1/sandbox/dossiers/${id}/advance`, {
    as: 'sandbox-admin',
    json: { status },
  });

describe('creating a payment', () => {
  it("charges the dossier's due fee lines, idempotently", async () => {
    const dossier = await submittedBirth(sandbox, 'pay-1');
    const noKey = await createPayment(sandbox, { dossierId: dossier.id }, undefined);
    expect(noKey.status).toBe(400);
    expect(noKey.body).toMatchObject({ error: { code: 'idempotency_key_required' } });

    const res = await createPayment(sandbox, { dossierId: dossier.id }, 'p-1');
    expect(res.status).toBe(201);
    expect(res.headers.get('idempotent-replayed')).toBe('false');
    expect(res.body).toMatchObject({
      dossierId: dossier.id,
      amount: 16_000,
      currency: 'VND',
      status: 'pending',
      paidAt: null,
      checkoutUrl: `${sandbox.url}/v1/payments/${res.body.id}/checkout`,
    });
    // The free line (lệ phí khai sinh đúng hạn, 0 VND) is not charged.
    expect(res.body.lines.map((l) => l.code)).toEqual(['PHI-BAN-SAO-GKS']);

    const again = await createPayment(sandbox, { dossierId: dossier.id }, 'p-1');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(res.body);
    const other = await createPayment(
      sandbox,
      { dossierId: dossier.id, returnUrl: 'http://127.0.0.1:5173/' },
      'p-1',
    );
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ error: { code: 'idempotency_key_reused' } });

    const got = await call<Payment>(sandbox, 'GET', `/v1/payments/${res.body.id}`, { as: 'citizen-an' });
    expect(got.body).toEqual(res.body);
  });

  it('refuses bad bodies, drafts, fees that are not due and other citizens', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-bad');
    const malformed = await call(sandbox, 'POST', '/v1/payments', {
      as: 'citizen-an',
      body: '{"dossierId":',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'bad-1' },
    });
    expect(malformed.body.error.code).toBe('malformed_json');
    const text = await call(sandbox, 'POST', '/v1/payments', {
      as: 'citizen-an',
      body: 'dossierId=x',
      headers: { 'content-type': 'text/plain', 'idempotency-key': 'bad-1' },
    });
    expect(text.status).toBe(415);
    const unknownField = await createPayment(sandbox, { dossierId: dossier.id, amount: 1 }, 'bad-1');
    expect(unknownField.body).toMatchObject({
      error: { issues: [{ pointer: '/amount', code: 'additional_property' }] },
    });
    const notDue = await createPayment(
      sandbox,
      { dossierId: dossier.id, feeCodes: ['LP-KS-DUNG-HAN'] },
      'bad-1',
    );
    expect(notDue.body).toMatchObject({
      error: { issues: [{ pointer: '/feeCodes/0', code: 'fee_not_due' }] },
    });
    const hers = await createPayment(sandbox, { dossierId: dossier.id }, 'bad-1', 'citizen-hoa');
    expect(hers.status).toBe(422);
    expect(hers.body).toMatchObject({
      error: { issues: [{ pointer: '/dossierId', code: 'unknown_dossier' }] },
    });
    const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: { procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' },
    });
    const ofDraft = await createPayment(sandbox, { dossierId: draft.body.id }, 'bad-1');
    expect(ofDraft.status).toBe(409);
    expect(ofDraft.body).toMatchObject({ error: { code: 'dossier_not_payable' } });
    // Nothing was remembered under the key: the corrected request goes through.
    const fixed = await createPayment(sandbox, { dossierId: dossier.id }, 'bad-1');
    expect(fixed.status).toBe(201);
    expect(fixed.headers.get('idempotent-replayed')).toBe('false');
    const peek = await call(sandbox, 'GET', `/v1/payments/${fixed.body.id}`, { as: 'citizen-hoa' });
    expect(peek.status).toBe(404);
  });
});

describe('the payment page', () => {
  it('shows an accessible page in Vietnamese with Approve and Decline, without a token', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-page');
    const payment = (await createPayment(sandbox, { dossierId: dossier.id }, 'page-1')).body;
    const res = await call(sandbox, 'GET', `/v1/payments/${payment.id}/checkout`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(res.text).toContain('<html lang="vi">');
    expect(res.text).toContain('16.000 ₫');
    expect(res.text).toContain(`action="/v1/payments/${payment.id}/checkout"`);
    expect(res.text).toMatch(/<button type="submit" name="decision" value="approve">Thanh toán/);
    expect(res.text).toMatch(/<button type="submit" name="decision" value="decline">Hủy/);
    const unknown = await call(sandbox, 'GET', '/v1/payments/pay_000000000000000000000000/checkout');
    expect(unknown.status).toBe(404);
  });

  it('approves from the form, redirects to the return URL, and issues the receipt', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-form');
    const payment = (
      await createPayment(
        sandbox,
        { dossierId: dossier.id, returnUrl: 'http://127.0.0.1:5173/paid?x=1' },
        'form-1',
      )
    ).body;
    const early = await call(sandbox, 'GET', `/v1/payments/${payment.id}/receipt`, { as: 'citizen-an' });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('payment_not_paid');
    clock.advance(60_000);
    const res = await call(sandbox, 'POST', `/v1/payments/${payment.id}/checkout`, {
      body: 'decision=approve',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(
      `http://127.0.0.1:5173/paid?x=1&paymentId=${payment.id}&status=succeeded`,
    );
    const receipt = await call<Receipt>(sandbox, 'GET', `/v1/payments/${payment.id}/receipt`, {
      as: 'citizen-an',
    });
    expect(receipt.status).toBe(200);
    expect(receipt.body).toMatchObject({
      paymentId: payment.id,
      dossierCode: dossier.code,
      payerName: 'Nguyễn Văn An',
      amount: 16_000,
      issuedAt: new Date(MONDAY_9AM.getTime() + 60_000).toISOString(),
    });
    expect(receipt.body.number).toMatch(/^BL-261123-\d{6}$/);
    // A second click on Approve answers the same payment; there is nothing left to pay.
    const twice = await decide(sandbox, payment.id, 'approve');
    expect(twice.body.status).toBe('succeeded');
    const more = await createPayment(sandbox, { dossierId: dossier.id }, 'form-2');
    expect(more.status).toBe(409);
    expect(more.body).toMatchObject({ error: { code: 'nothing_to_pay' } });
  });

  it('declines; a declined payment cannot be approved, and a new one can be made', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-decline');
    const payment = (await createPayment(sandbox, { dossierId: dossier.id }, 'decline-1')).body;
    const declined = await decide(sandbox, payment.id, 'decline');
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'failed', paidAt: null });
    const approve = await decide(sandbox, payment.id, 'approve');
    expect(approve.status).toBe(409);
    expect(approve.body).toMatchObject({ error: { code: 'payment_not_pending' } });
    const receipt = await call(sandbox, 'GET', `/v1/payments/${payment.id}/receipt`, { as: 'citizen-an' });
    expect(receipt.status).toBe(409);
    const retry = await createPayment(sandbox, { dossierId: dossier.id }, 'decline-2');
    expect(retry.status).toBe(201);
  });

  it('refuses bad decisions and content types', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-bad-decision');
    const payment = (await createPayment(sandbox, { dossierId: dossier.id }, 'bad-decision')).body;
    const maybe = await call(sandbox, 'POST', `/v1/payments/${payment.id}/checkout`, {
      body: 'decision=maybe',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(maybe.status).toBe(422);
    const extra = await call(sandbox, 'POST', `/v1/payments/${payment.id}/checkout`, {
      json: { decision: 'approve', amount: 0 },
    });
    expect(extra.status).toBe(422);
    const text = await call(sandbox, 'POST', `/v1/payments/${payment.id}/checkout`, {
      body: 'approve',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const after = await call<Payment>(sandbox, 'GET', `/v1/payments/${payment.id}`, { as: 'citizen-an' });
    expect(after.body.status).toBe('pending');
  });
});

describe('payments and the lifecycle', () => {
  it('moves a dossier waiting for its financial obligation (6) on to processing (4)', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-life');
    for (const status of [2, 4, 6]) expect((await advance(dossier.id, status)).status).toBe(200);
    const payment = (await createPayment(sandbox, { dossierId: dossier.id }, 'life-1')).body;
    clock.advance(5 * 60_000);
    expect((await decide(sandbox, payment.id, 'approve')).body.status).toBe('succeeded');
    const after = await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${dossier.id}`, { as: 'citizen-an' });
    expect(after.body.status).toBe(4);
    const history = await call<{ data: { status: number; handler: string; content: string }[] }>(
      sandbox,
      'GET',
      `/v1/dossiers/${dossier.id}/history`,
      { as: 'citizen-an' },
    );
    expect(history.body.data.map((e) => e.status)).toEqual([1, 2, 4, 6, 4]);
    expect(history.body.data.at(-1)?.content).toContain(payment.reference);
  });

  it('does not take a payment once the dossier is withdrawn, and changes nothing', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-withdrawn');
    const payment = (await createPayment(sandbox, { dossierId: dossier.id }, 'withdrawn-1')).body;
    await call(sandbox, 'POST', `/v1/dossiers/${dossier.id}/withdraw`, { as: 'citizen-an' });
    const res = await decide(sandbox, payment.id, 'approve');
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: { code: 'dossier_not_payable' } });
    const after = await call<Payment>(sandbox, 'GET', `/v1/payments/${payment.id}`, { as: 'citizen-an' });
    expect(after.body).toEqual(payment);
  });

  it('expires a payment left pending for 30 minutes', async () => {
    const dossier = await submittedBirth(sandbox, 'pay-expire');
    const payment = (await createPayment(sandbox, { dossierId: dossier.id }, 'expire-1')).body;
    clock.advance(30 * 60_000 - 1);
    expect(
      (await call<Payment>(sandbox, 'GET', `/v1/payments/${payment.id}`, { as: 'citizen-an' })).body.status,
    ).toBe('pending');
    clock.advance(1);
    const expired = await call<Payment>(sandbox, 'GET', `/v1/payments/${payment.id}`, { as: 'citizen-an' });
    expect(expired.body.status).toBe('expired');
    const late = await decide(sandbox, payment.id, 'approve');
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: { code: 'payment_not_pending' } });
    const page = await call(sandbox, 'GET', `/v1/payments/${payment.id}/checkout`);
    expect(page.text).toContain('Hết hạn');
    expect(page.text).not.toContain('<button');
    expect((await createPayment(sandbox, { dossierId: dossier.id }, 'expire-2')).status).toBe(201);
  });

  it('counts dossiers paid online in the statistics', async () => {
    const res = await call<{ counts: { withFees: number; paidOnline: number } }>(
      sandbox,
      'GET',
      '/v1/statistics?from=2026-11-23&to=2026-11-23',
      { as: await clientToken(sandbox, 'statistics') },
    );
    // Paid: the form test's dossier and the lifecycle test's.
    expect(res.body.counts.paidOnline).toBe(2);
    expect(res.body.counts.withFees).toBeGreaterThan(2);
  });
});
