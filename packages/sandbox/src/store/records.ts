/** What the sandbox stores. Records are plain JSON: they go to the journal as they are. */
import type { FeeCharge, LocalizedText } from '@dvc-kit/procedures';

/** A national dossier status code, 1..10 (see DOMAIN.md). */
export type DossierStatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/** A file tied to a document component. */
export interface DossierDocumentRef {
  documentCode: string;
  attachmentId: string;
}

/** A progress entry (tiến trình xử lý). */
export interface ProgressEntry {
  status: DossierStatus;
  title: LocalizedText;
  handler: string;
  department: string;
  content: string;
  at: string;
  startDate: string;
  dueDate: string | null;
}

/** A dossier as stored: the API resource plus its owner and history. */
export interface DossierRecord {
  id: string;
  ownerId: string;
  code: string | null;
  procedureCode: string;
  procedureVersion: string;
  agencyId: string;
  applicantType: 1 | 2 | 3 | 4;
  channel: 1 | 2 | 3;
  status: DossierStatus | null;
  data: Record<string, unknown>;
  documents: DossierDocumentRef[];
  fees: FeeCharge[];
  feeTotal: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  appointmentDate: string | null;
  completedAt: string | null;
  history: ProgressEntry[];
}

/** A remembered idempotent request: its fingerprint and the resource it produced. */
export interface IdempotencyRecord {
  /** `<owner id>\u0000<Idempotency-Key>`. */
  key: string;
  /** SHA-256 of the method, path and canonical body. */
  fingerprint: string;
  /** The HTTP status of the first answer. */
  status: number;
  /** The id of the resource the first answer returned. */
  resourceId: string;
  createdAt: string;
}

/** One change to the stored state. A commit is a list of these, written and applied together. */
export type StoreOp =
  { op: 'dossier.put'; value: DossierRecord } | { op: 'idempotency.put'; value: IdempotencyRecord };
