/**
 * The payer's decision on the payment page. Approving marks the payment succeeded and issues its
 * receipt number; when the dossier waits for its financial obligation (status 6) and nothing is
 * left to pay, it moves on to processing (4) with a progress entry. Declining marks it failed.
 * Everything is one commit.
 */
import { randomInt } from 'node:crypto';
import { ApiError } from '../errors.js';
import { vnDay } from '../internal/vn-time.js';
import { transition } from '../lifecycle/transition.js';
import type { DossierRecord, PaymentRecord, StoreOp } from '../store/records.js';
import { dossierNotPayable, PAYABLE } from './create.js';
import { formatVnd } from './format.js';
import { feesAlreadyPaid } from './once.js';

/** A decision on a pending payment. */
export type Decision = 'approve' | 'decline';

/**
 * The ops of `decision` on `payment` at `now`. `paid` holds the dossier's fee codes other payments
 * have paid; `unpaidAfter` is how many due lines of the dossier stay unpaid once this payment succeeds.
 * @throws ApiError 409 `payment_not_pending` when the payment was already decided otherwise,
 * `fees_already_paid` when another payment paid one of its lines.
 */
export function decisionOps(
  payment: PaymentRecord,
  dossier: DossierRecord,
  decision: Decision,
  paid: ReadonlySet<string>,
  unpaidAfter: number,
  now: Date,
): StoreOp[] {
  if (payment.status !== 'pending') {
    throw new ApiError(409, 'payment_not_pending', {
      vi: 'Khoản thanh toán này đã được xử lý.',
      en: 'This payment has already been decided.',
    });
  }
  if (decision === 'decline') return [{ op: 'payment.put', value: { ...payment, status: 'failed' } }];
  if (dossier.status === null || !PAYABLE.includes(dossier.status)) throw dossierNotPayable();
  if (payment.lines.some((line) => paid.has(line.code))) throw feesAlreadyPaid();
  const at = now.toISOString();
  const succeeded: PaymentRecord = {
    ...payment,
    status: 'succeeded',
    paidAt: at,
    receiptNumber: `BL-${vnDay(now)}-${String(randomInt(1_000_000)).padStart(6, '0')}`,
  };
  const ops: StoreOp[] = [{ op: 'payment.put', value: succeeded }];
  if (dossier.status === 6 && unpaidAfter === 0) {
    const amount = formatVnd(payment.amount);
    ops.push({
      op: 'dossier.put',
      value: transition(dossier, 4, now, {
        handler: 'Nền tảng thanh toán',
        department: 'Cổng Dịch vụ công (sandbox)',
        content: `Công dân đã thực hiện nghĩa vụ tài chính: ${amount} đồng, mã giao dịch ${payment.reference}.`,
      }),
    });
  }
  return ops;
}
