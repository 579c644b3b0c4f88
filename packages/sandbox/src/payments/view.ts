/** A stored payment as the API shows it (`Payment` in the contract), and finding the caller's. */
import type { Principal } from '../auth/principal.js';
import { ownerId } from '../dossiers/own.js';
import { notFound } from '../internal/problems.js';
import type { PaymentRecord, PaymentStatus } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { FeeCharge } from '@dvc-kit/procedures';

/** `{ vi, en }` names of a payment, for 404 messages. */
export const PAYMENT = { vi: 'khoản thanh toán', en: 'Payment' };

/** The `Payment` resource. */
export interface PaymentResource {
  id: string;
  dossierId: string;
  reference: string;
  amount: number;
  currency: 'VND';
  lines: FeeCharge[];
  status: PaymentStatus;
  channel: string;
  checkoutUrl: string;
  returnUrl?: string;
  createdAt: string;
  paidAt: string | null;
}

/** The API resource of `record`; `baseUrl` is the sandbox's origin (for `checkoutUrl`). */
export function paymentResource(record: PaymentRecord, baseUrl: string): PaymentResource {
  return {
    id: record.id,
    dossierId: record.dossierId,
    reference: record.reference,
    amount: record.amount,
    currency: 'VND',
    lines: record.lines,
    status: record.status,
    channel: 'sandbox-card',
    checkoutUrl: `${baseUrl}/v1/payments/${record.id}/checkout`,
    ...(record.returnUrl === undefined ? {} : { returnUrl: record.returnUrl }),
    createdAt: record.createdAt,
    paidAt: record.paidAt,
  };
}

/**
 * The payment `id` when `principal` owns it.
 * @throws ApiError 404 otherwise.
 */
export function ownPayment(store: Store, principal: Principal, id: string): PaymentRecord {
  const record = store.payments.get(id);
  if (record?.ownerId !== ownerId(principal)) throw notFound(PAYMENT);
  return record;
}

/** The codes of a dossier's fee lines already paid (by succeeded payments). */
export function paidFeeCodes(store: Store, dossierId: string): Set<string> {
  const paid = new Set<string>();
  for (const payment of store.payments.values()) {
    if (payment.dossierId === dossierId && payment.status === 'succeeded') {
      for (const line of payment.lines) paid.add(line.code);
    }
  }
  return paid;
}
