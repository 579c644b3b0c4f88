/**
 * A new payment for a submitted dossier: its fee lines worked out with `computeFees` (online
 * channel) and those an official asked for, less the lines already paid and free lines, or only
 * those named in `feeCodes`.
 */
import { randomInt } from 'node:crypto';
import { computeFees } from '@dvc-kit/procedures';
import { definitionOf } from '../dossiers/drafts.js';
import { ApiError, type ApiIssue } from '../errors.js';
import { newId } from '../internal/ids.js';
import { invalidBody } from '../internal/problems.js';
import { vnDay } from '../internal/vn-time.js';
import type { DossierRecord, DossierStatus, PaymentRecord } from '../store/records.js';

/** The body of `POST /v1/payments` (`PaymentCreate`). */
export interface PaymentCreateBody {
  dossierId: string;
  feeCodes?: string[];
  returnUrl?: string;
}

/** Statuses in which a dossier's fees can be paid. */
export const PAYABLE: readonly DossierStatus[] = [1, 2, 4, 5, 6, 9];

/** 409 `dossier_not_payable`. */
export function dossierNotPayable(): ApiError {
  return new ApiError(409, 'dossier_not_payable', {
    vi: 'Hồ sơ chưa nộp hoặc đã kết thúc, không thể thanh toán.',
    en: 'The dossier is not submitted or is closed; it cannot be paid.',
  });
}

/**
 * The pending payment of `body` for `dossier` (owned by the caller) at `now`.
 * @throws ApiError 409 `dossier_not_payable` or `nothing_to_pay`, 422 for a fee code that is not
 * due or a return URL that is not http(s).
 */
export function newPayment(
  dossier: DossierRecord,
  body: PaymentCreateBody,
  paid: ReadonlySet<string>,
  now: Date,
  en: boolean,
): PaymentRecord {
  if (dossier.status === null || !PAYABLE.includes(dossier.status)) throw dossierNotPayable();
  // The procedure's lines for the data, and the lines an official asked for (financial obligation).
  const due = [
    ...computeFees(definitionOf(dossier.procedureCode), dossier.data, { channel: 'online' }),
    ...(dossier.obligationFees ?? []),
  ].filter((line) => line.total > 0 && !paid.has(line.code));
  const issues: ApiIssue[] = [];
  (body.feeCodes ?? []).forEach((code, index) => {
    if (!due.some((line) => line.code === code)) {
      issues.push({
        pointer: `/feeCodes/${index}`,
        code: 'fee_not_due',
        message: en
          ? 'This fee line does not apply to the dossier or is already paid.'
          : 'Khoản phí này không áp dụng cho hồ sơ hoặc đã được thanh toán.',
      });
    }
  });
  if (body.returnUrl !== undefined && !/^https?:\/\//i.test(body.returnUrl)) {
    issues.push({
      pointer: '/returnUrl',
      code: 'format',
      message: en ? 'The return URL must be http or https.' : 'Địa chỉ quay lại phải là http hoặc https.',
    });
  }
  if (issues.length > 0) throw invalidBody(issues);
  const lines = body.feeCodes === undefined ? due : due.filter((line) => body.feeCodes?.includes(line.code));
  if (lines.length === 0) {
    throw new ApiError(409, 'nothing_to_pay', {
      vi: 'Hồ sơ không còn khoản phí, lệ phí nào phải thanh toán.',
      en: 'The dossier has no fees or charges left to pay.',
    });
  }
  return {
    id: newId('pay'),
    ownerId: dossier.ownerId,
    dossierId: dossier.id,
    reference: `SBX${vnDay(now)}${String(randomInt(1_000_000_000)).padStart(9, '0')}`,
    amount: lines.reduce((sum, line) => sum + line.total, 0),
    lines,
    status: 'pending',
    returnUrl: body.returnUrl,
    createdAt: now.toISOString(),
    paidAt: null,
    receiptNumber: null,
  };
}
