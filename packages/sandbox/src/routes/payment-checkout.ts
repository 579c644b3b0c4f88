/**
 * The simulated payment page: `GET /v1/payments/{id}/checkout` shows it, `POST` takes the
 * decision (the page's buttons, or JSON). The payment id in the URL is the capability, as on a
 * real payment platform: no token is needed.
 */
import type { Hono } from 'hono';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { notFound } from '../internal/problems.js';
import { param, route } from '../internal/routing.js';
import { CHECKOUT_CSP, checkoutPage } from '../payments/checkout-page.js';
import { decisionOps } from '../payments/decide.js';
import { readDecision } from '../payments/decision-body.js';
import { PAYMENT, paidFeeCodes, paymentResource } from '../payments/view.js';
import type { PaymentRecord } from '../store/records.js';
import { originOf } from './payments.js';

/** Registers the payment page. */
export function paymentCheckoutRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const find = (id: string): PaymentRecord => {
    const payment = ctx.store.payments.get(id);
    if (payment === undefined) throw notFound(PAYMENT);
    return payment;
  };

  route(app, '/v1/payments/:paymentId/checkout', {
    get: [
      (c) => {
        const payment = find(param(c, 'paymentId'));
        const dossier = ctx.store.dossiers.get(payment.dossierId);
        c.header('Content-Security-Policy', CHECKOUT_CSP);
        c.header('Cache-Control', 'no-store');
        c.header('Referrer-Policy', 'no-referrer');
        c.header('X-Content-Type-Options', 'nosniff');
        return c.html(checkoutPage(payment, dossier?.code ?? payment.dossierId));
      },
    ],
    post: [
      async (c) => {
        const { decision, fromForm } = await readDecision(c);
        // Read the state after the last await, so the checks and the commit see one state.
        const payment = find(param(c, 'paymentId'));
        const dossier = ctx.store.dossiers.get(payment.dossierId);
        if (dossier === undefined) throw notFound(PAYMENT);
        const outcome = decision === 'approve' ? 'succeeded' : 'failed';
        let current = payment;
        // A second click on the same button answers the payment again; the other button is a 409.
        if (payment.status !== outcome) {
          const paid = paidFeeCodes(ctx.store, dossier.id);
          const unpaidAfter = dossier.fees.filter(
            (line) =>
              line.total > 0 && !paid.has(line.code) && !payment.lines.some((l) => l.code === line.code),
          ).length;
          const ops = decisionOps(payment, dossier, decision, paid, unpaidAfter, ctx.clock.now());
          ctx.store.commit(ops);
          current = ctx.store.payments.get(payment.id) ?? payment;
        }
        if (fromForm && current.returnUrl !== undefined) {
          const back = new URL(current.returnUrl);
          back.searchParams.set('paymentId', current.id);
          back.searchParams.set('status', current.status);
          return c.redirect(back.toString(), 303);
        }
        return c.json(paymentResource(current, originOf(c)));
      },
    ],
  });
}
