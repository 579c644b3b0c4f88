/**
 * Pending payments expire 30 minutes after they were created, on the sandbox clock, like a
 * payment platform's checkout session; an expired payment is reported as `payment.failed`.
 * Checked before every request and once a second, with the lifecycle.
 */
import type { StoreOp } from '../store/records.js';
import type { Store } from '../store/store.js';

/** How long a payment stays pending. */
export const PAYMENT_TTL_MS = 30 * 60 * 1000;

/** Marks the payments past their time as expired, in one commit. */
export function expirePayments(store: Store, now: Date): void {
  const ops: StoreOp[] = [];
  for (const payment of store.payments.values()) {
    if (payment.status === 'pending' && Date.parse(payment.createdAt) + PAYMENT_TTL_MS <= now.getTime()) {
      ops.push({ op: 'payment.put', value: { ...payment, status: 'expired' } });
    }
  }
  if (ops.length > 0) store.commit(ops);
}
