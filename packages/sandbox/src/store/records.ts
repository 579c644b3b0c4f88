/** What the sandbox stores. Records are plain JSON: they go to the journal as they are. */
import type { FeeCharge, LocalizedText } from '@dvc-kit/procedures';

/** A national dossier status code, 1..10 (see DOMAIN.md). */
export type DossierStatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;

/**
 * A document of a dossier, tied to a document component: an uploaded attachment, or an electronic
 * copy from the owner's profile (`Persona.profile.electronicCopies`) reused instead of a scan.
 */
export type DossierDocumentRef =
  { documentCode: string; attachmentId: string } | { documentCode: string; electronicCopyId: string };

/** The attachment a document refers to, or `undefined` for a reused electronic copy. */
export function attachmentIdOf(ref: DossierDocumentRef): string | undefined {
  return 'attachmentId' in ref ? ref.attachmentId : undefined;
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

/**
 * A supplement period: from the official's request (status 5) to the citizen's answer (back to 4)
 * or the end of the dossier. `endedAt` is `null` while it runs; the time in between is not counted
 * against the agency.
 */
export interface SupplementPeriod {
  startedAt: string;
  endedAt: string | null;
  /** The date by which the citizen is asked to answer. */
  deadline: string | null;
  /** What is asked for. */
  items: { documentCode?: string; description: string }[];
}

/** A result document (kết quả) an official issued on completing a dossier. */
export interface ResultDocument {
  /** The result's code, e.g. `KQ-GIAY-KHAI-SINH`. */
  code: string;
  name: string;
  /** The number the agency gave it (số, ký hiệu), if any. */
  number: string | null;
  /** The electronic file, an attachment the citizen owns; `null` for a paper-only result. */
  attachmentId: string | null;
  issuedAt: string;
}

/** A citizen's rating of a settled dossier. */
export interface DossierRating {
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  score: 1 | 2 | 3 | 4 | 5;
  comment: string | null;
  ratedAt: string;
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
  /** Supplement requests, oldest first (absent on dossiers stored before they existed: none). */
  supplementPeriods?: SupplementPeriod[];
  /** Fee lines an official asked for (financial obligation, status 6); also in `fees`. */
  obligationFees?: FeeCharge[];
  /** What the agency issued on completion (status 9). */
  resultDocuments?: ResultDocument[];
  /** The citizen's rating once the dossier is settled. */
  rating?: DossierRating | null;
  /**
   * Whether an agency (the agency API) handles the dossier: filed at its counter or acted on by it.
   * The lifecycle clock then leaves it alone. Not part of the API resource.
   */
  agencyHandled?: boolean;
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

/**
 * An uploaded file's metadata. The content is kept apart, addressed by its SHA-256 (see
 * `blobs.ts`); the client's file name is for display only and never part of a path.
 */
export interface AttachmentRecord {
  id: string;
  ownerId: string;
  fileName: string;
  /** The type sniffed from the content (never the client's declared type). */
  contentType: string;
  size: number;
  sha256: string;
  procedureCode: string;
  documentCode: string;
  createdAt: string;
}

/** The status of a payment. */
export type PaymentStatus = 'pending' | 'succeeded' | 'failed' | 'expired';

/** A payment of a dossier's fee lines. */
export interface PaymentRecord {
  id: string;
  ownerId: string;
  dossierId: string;
  reference: string;
  amount: number;
  lines: FeeCharge[];
  status: PaymentStatus;
  returnUrl: string | undefined;
  createdAt: string;
  paidAt: string | null;
  /** The receipt (biên lai) number, once paid. */
  receiptNumber: string | null;
}

/** The event types a webhook endpoint can subscribe to. */
export type WebhookEventType =
  'dossier.status_changed' | 'dossier.extended' | 'dossier.rated' | 'payment.succeeded' | 'payment.failed';

/** A registered webhook endpoint, with its signing key. */
export interface WebhookEndpointRecord {
  id: string;
  /** The OAuth client that registered it. */
  ownerId: string;
  url: string;
  events: WebhookEventType[];
  description: string | undefined;
  /** The key bytes, base64 (the secret is `whsec_` + this). */
  key: string;
  createdAt: string;
}

/** A delivery of one event to one endpoint, kept until it is acknowledged or given up. */
export interface DeliveryRecord {
  /** `<event id>:<endpoint id>`. */
  id: string;
  eventId: string;
  endpointId: string;
  /** The raw JSON body, signed and sent as it is on every attempt. */
  body: string;
  attempts: number;
  nextAttemptAt: string;
}

/**
 * An event of the change feed (`GET /v1/events`), the same event webhooks deliver: kept for good,
 * in the order of `seq` (1, 2, 3… with no gaps, one per event, across restarts).
 */
export interface EventRecord {
  /** The event id (`msg_…`), the `webhook-id` of its deliveries. */
  id: string;
  /** Its position in the feed. */
  seq: number;
  type: WebhookEventType;
  createdAt: string;
  /** The agency of the dossier it is about (a payment's: its dossier's), for agency scoping. */
  agencyId: string | null;
  /** The event's `data`, as webhooks send it. */
  data: unknown;
}

/** One change to the stored state. A commit is a list of these, written and applied together. */
export type StoreOp =
  | { op: 'dossier.put'; value: DossierRecord }
  | { op: 'idempotency.put'; value: IdempotencyRecord }
  | { op: 'attachment.put'; value: AttachmentRecord }
  | { op: 'attachment.delete'; id: string }
  | { op: 'payment.put'; value: PaymentRecord }
  | { op: 'webhook.put'; value: WebhookEndpointRecord }
  | { op: 'webhook.delete'; id: string }
  | { op: 'delivery.put'; value: DeliveryRecord }
  | { op: 'delivery.delete'; id: string }
  | { op: 'event.put'; value: EventRecord };
