/**
 * A dossier's fees are paid once. A fee line may be in at most one open (pending) payment at a
 * time, so a second payment for the same lines, under any `Idempotency-Key`, is a 409
 * `payment_pending` pointing at the open one; and a payment whose lines another payment has
 * already paid cannot be approved (409 `fees_already_paid`), so concurrent approvals settle
 * exactly the fee total.
 */
import { ApiError } from '../errors.js';
import type { PaymentRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/** The pending payment of `dossierId` that charges one of `codes`, if any. */
export function openPaymentFor(
  store: Store,
  dossierId: string,
  codes: readonly string[],
): PaymentRecord | undefined {
  for (const payment of store.payments.values()) {
    if (
      payment.dossierId === dossierId &&
      payment.status === 'pending' &&
      payment.lines.some((line) => codes.includes(line.code))
    ) {
      return payment;
    }
  }
  return undefined;
}

/** 409 `payment_pending`, with the open payment's path in `Location`. */
export function paymentPending(open: PaymentRecord): ApiError {
  return new ApiError(
    409,
    'payment_pending',
    {
      vi: 'Hồ sơ đang có một khoản thanh toán chờ xử lý cho các khoản phí này; hãy hoàn tất hoặc hủy khoản đó trước.',
      en: 'The dossier already has a pending payment for these fees; complete or decline it first.',
    },
    { headers: { Location: `/v1/payments/${open.id}` } },
  );
}

/** 409 `fees_already_paid`: another payment has paid a line of this one. */
export function feesAlreadyPaid(): ApiError {
  return new ApiError(409, 'fees_already_paid', {
    vi: 'Các khoản phí của khoản thanh toán này đã được thanh toán bằng giao dịch khác.',
    en: 'The fees of this payment have already been paid by another payment.',
  });
}
