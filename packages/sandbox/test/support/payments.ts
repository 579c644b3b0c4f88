/** Shapes and helpers of the payment tests. */
import type { Sandbox } from '@dvc-kit/sandbox';
import { validBirthData, withBirthDocuments, type Dossier } from './dossiers.js';
import { call, type ApiResponse } from './http.js';

export interface Payment {
  id: string;
  dossierId: string;
  reference: string;
  amount: number;
  currency: string;
  lines: { code: string; total: number }[];
  status: 'pending' | 'succeeded' | 'failed' | 'expired';
  checkoutUrl: string;
  returnUrl?: string;
  createdAt: string;
  paidAt: string | null;
}

export interface Receipt {
  number: string;
  paymentId: string;
  dossierCode: string;
  payerName: string;
  amount: number;
  issuedAt: string;
}

/** A submitted birth registration of `as` (16,000 VND: two extra copies). */
export async function submittedBirth(
  sandbox: Pick<Sandbox, 'url'>,
  key: string,
  as = 'citizen-an',
): Promise<Dossier> {
  const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
    as,
    json: await withBirthDocuments(sandbox, undefined, as),
  });
  const res = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
    as,
    json: { data: validBirthData() },
    headers: { 'idempotency-key': key },
  });
  if (res.status !== 200) throw new Error(`submit failed: ${res.text}`);
  return res.body;
}

/** `POST /v1/payments` as `as` with `key` (none when `undefined`). */
export function createPayment(
  sandbox: Pick<Sandbox, 'url'>,
  json: unknown,
  key: string | undefined,
  as = 'citizen-an',
): Promise<ApiResponse<Payment>> {
  return call<Payment>(sandbox, 'POST', '/v1/payments', {
    as,
    json,
    ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
  });
}

/** Approves or declines a payment the way a test does: JSON, no token. */
export function decide(
  sandbox: Pick<Sandbox, 'url'>,
  paymentId: string,
  decision: 'approve' | 'decline',
): Promise<ApiResponse<Payment>> {
  return call<Payment>(sandbox, 'POST', `/v1/payments/${paymentId}/checkout`, { json: { decision } });
}
