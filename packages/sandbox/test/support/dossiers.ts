/** Shapes and fixtures of the dossier tests. */
import { procedureSamples } from '@dvc-kit/procedures';
import type { Sandbox } from '@dvc-kit/sandbox';
import { upload } from './attachments.js';

export interface Dossier {
  id: string;
  code: string | null;
  procedureCode: string;
  agencyId: string;
  applicantType: number;
  status: number | null;
  data: Record<string, unknown>;
  fees: { code: string; total: number }[];
  feeTotal: number;
  submittedAt: string | null;
  appointmentDate: string | null;
  updatedAt: string;
}

/** Monday 23 November 2026, 09:00 in Vietnam. */
export const MONDAY_9AM = new Date('2026-11-23T02:00:00Z');

/** A draft of a birth registration at the People's Committee of Phường Hoàn Kiếm. */
export const birthDraft = { procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' };

/** Valid birth-registration data (a fresh copy). */
export const validBirthData = (): Record<string, unknown> =>
  procedureSamples('birth-registration').valid as Record<string, unknown>;

/**
 * `draft` with two papers attached (a scanned declaration and an identity paper), uploaded as
 * `as`. Online neither is required any more (the e-form is the declaration, identity papers are
 * shown), but a citizen may still attach them.
 */
export async function withBirthDocuments(
  sandbox: Pick<Sandbox, 'url'>,
  draft: Record<string, unknown> = birthDraft,
  as = 'citizen-an',
): Promise<Record<string, unknown>> {
  const documents = [];
  for (const documentCode of ['TO-KHAI', 'GIAY-TO-TUY-THAN']) {
    const res = await upload(sandbox, { documentCode, fileName: `${documentCode.toLowerCase()}.pdf` }, as);
    if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${res.text}`);
    documents.push({ documentCode, attachmentId: res.body.id });
  }
  return { ...draft, documents };
}
