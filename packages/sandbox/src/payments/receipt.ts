/** The receipt (biên lai) of a succeeded payment. */
import type { FeeCharge } from '@dvc-kit/procedures';
import { getPersona } from '../auth/personas.js';
import { ApiError } from '../errors.js';
import type { DossierRecord, PaymentRecord } from '../store/records.js';

/** The `Receipt` resource. */
export interface Receipt {
  number: string;
  paymentId: string;
  dossierCode: string;
  payerName: string;
  amount: number;
  lines: FeeCharge[];
  issuedAt: string;
}

/**
 * The receipt of `payment`.
 * @throws ApiError 409 `payment_not_paid` unless it succeeded.
 */
export function receiptOf(payment: PaymentRecord, dossier: DossierRecord): Receipt {
  if (payment.status !== 'succeeded' || payment.receiptNumber === null || payment.paidAt === null) {
    throw new ApiError(409, 'payment_not_paid', {
      vi: 'Khoản thanh toán chưa thành công, chưa có biên lai.',
      en: 'The payment has not succeeded; there is no receipt yet.',
    });
  }
  return {
    number: payment.receiptNumber,
    paymentId: payment.id,
    dossierCode: dossier.code ?? dossier.id,
    payerName: getPersona(payment.ownerId)?.profile.fullName ?? payment.ownerId,
    amount: payment.amount,
    lines: payment.lines,
    issuedAt: payment.paidAt,
  };
}
