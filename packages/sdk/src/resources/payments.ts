/** `client.payments`: paying a dossier's fees online. */
import { keyFor } from '../internal/idempotency.js';
import { path } from '../internal/path.js';
import type { RequestOptions } from '../request-options.js';
import type { Payment, PaymentCreate, Receipt } from '../types.js';
import { APIResource } from './resource.js';

/** Payments of fees and charges (phí, lệ phí); the citizen approves them on `checkoutUrl`. */
import type { APIPromise } from '../api-promise.js';
export class Payments extends APIResource {
  /** Creates a pending payment; keyed like `dossiers.submit`, so a retry never charges twice. */
  create(body: PaymentCreate, options?: RequestOptions): APIPromise<Payment> {
    return this.call<Payment>({ method: 'POST', path: '/payments', body }, keyFor(options));
  }

  /** A payment and its status. */
  retrieve(paymentId: string, options?: RequestOptions): APIPromise<Payment> {
    return this.call<Payment>({ method: 'GET', path: path`/payments/${paymentId}` }, options);
  }

  /** The receipt (biên lai) of a succeeded payment. */
  receipt(paymentId: string, options?: RequestOptions): APIPromise<Receipt> {
    return this.call<Receipt>({ method: 'GET', path: path`/payments/${paymentId}/receipt` }, options);
  }
}
