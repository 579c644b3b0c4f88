/**
 * Payments: `POST /v1/payments` (requires an `Idempotency-Key`, like submit), `GET
 * /v1/payments/{id}` and `GET /v1/payments/{id}/receipt`. The payment page is in
 * `payment-checkout.ts`.
 */
import type { Context, Hono } from 'hono';
import { getClient } from '../auth/oidc/clients.js';
import { requireAuth } from '../auth/require-auth.js';
import { ownerId } from '../dossiers/own.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import type { SandboxEnv } from '../internal/env.js';
import { idempotentRequest, rememberOps, replayOf } from '../internal/idempotency.js';
import { localeOf } from '../internal/locale.js';
import { invalidBody, notFound } from '../internal/problems.js';
import { param, route } from '../internal/routing.js';
import { newPayment, type PaymentCreateBody } from '../payments/create.js';
import { openPaymentFor, paymentPending } from '../payments/once.js';
import { receiptOf } from '../payments/receipt.js';
import { PAYMENT, ownPayment, paidFeeCodes, paymentResource } from '../payments/view.js';

/** The sandbox's public origin, for absolute URLs in answers (never the request's `Host`). */
export function originOf(c: Context<SandboxEnv>): string {
  return c.get('publicOrigin');
}

/**
 * A `returnUrl` must be on one of the OAuth client's registered redirect origins, or the payment
 * page would be an open redirect.
 * @throws ApiError 422 `invalid_body` (`/returnUrl`, `return_url_not_registered`) otherwise.
 */
function refuseUnregisteredReturnUrl(returnUrl: string, clientId: string, en: boolean): void {
  // A URL that is not http(s) at all is newPayment's `format` issue.
  if (!/^https?:\/\//i.test(returnUrl)) return;
  if (getClient(clientId)?.acceptsReturnUrl(returnUrl) === true) return;
  throw invalidBody([
    {
      pointer: '/returnUrl',
      code: 'return_url_not_registered',
      message: en
        ? "The return URL is not on one of the application's registered redirect origins."
        : 'Địa chỉ quay lại không thuộc các nguồn chuyển hướng đã đăng ký của ứng dụng.',
    },
  ]);
}

/** Registers the payment routes. */
export function paymentRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const auth = requireAuth(ctx.authenticator, { scope: 'payments' });

  route(app, '/v1/payments', {
    post: [
      auth,
      async (c) => {
        const principal = c.get('principal');
        const body = await readJsonBody<PaymentCreateBody>(c, 'PaymentCreate');
        const owner = ownerId(principal);
        const request = idempotentRequest(c, owner, body, true);
        const now = ctx.clock.now();
        const earlier = replayOf(ctx.store, request, now);
        if (earlier !== undefined) {
          const payment = ctx.store.payments.get(earlier.resourceId);
          if (payment === undefined) throw notFound(PAYMENT);
          c.header('Idempotent-Replayed', 'true');
          return c.json(paymentResource(payment, originOf(c)), 201);
        }
        const en = localeOf(c.req.header('accept-language')) === 'en';
        const dossier = ctx.store.dossiers.get(body.dossierId);
        if (dossier?.ownerId !== owner) {
          throw invalidBody([
            {
              pointer: '/dossierId',
              code: 'unknown_dossier',
              message: en ? 'There is no such dossier.' : 'Không có hồ sơ này.',
            },
          ]);
        }
        if (principal.kind === 'persona' && body.returnUrl !== undefined) {
          refuseUnregisteredReturnUrl(body.returnUrl, principal.clientId ?? 'sandbox-portal', en);
        }
        const payment = newPayment(dossier, body, paidFeeCodes(ctx.store, dossier.id), now, en);
        const open = openPaymentFor(
          ctx.store,
          dossier.id,
          payment.lines.map((line) => line.code),
        );
        if (open !== undefined) throw paymentPending(open);
        ctx.store.commit([
          { op: 'payment.put', value: payment },
          ...rememberOps(request, 201, payment.id, now),
        ]);
        c.header('Idempotent-Replayed', 'false');
        c.header('Location', `/v1/payments/${payment.id}`);
        return c.json(paymentResource(payment, originOf(c)), 201);
      },
    ],
  });

  route(app, '/v1/payments/:paymentId', {
    get: [
      auth,
      (c) =>
        c.json(
          paymentResource(ownPayment(ctx.store, c.get('principal'), param(c, 'paymentId')), originOf(c)),
        ),
    ],
  });

  route(app, '/v1/payments/:paymentId/receipt', {
    get: [
      auth,
      (c) => {
        const payment = ownPayment(ctx.store, c.get('principal'), param(c, 'paymentId'));
        const dossier = ctx.store.dossiers.get(payment.dossierId);
        if (dossier === undefined) throw notFound(PAYMENT);
        return c.json(receiptOf(payment, dossier));
      },
    ],
  });
}
