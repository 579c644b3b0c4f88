/**
 * One saved draft: the form's data (every value, attachment references included), when it was
 * saved, the definition version it was written for, and the one idempotency key of its submission
 * (with the portal's dossier id once the dossier exists). Never a token: nothing of the client's
 * authentication is ever read into a draft.
 */
import { isJsonObject } from '@dvc-kit/validation';
import type { DocumentReference, UnsentDocument } from '../components/documents/upload.js';

/** What a draft holds. */
export interface DraftRecord {
  /** The layout of this record. */
  format: 1;
  /** The procedure (its code, or the form's `draft-key`). */
  procedure: string;
  /** The version of the definition the data was written for (`''` when it has none). */
  version: string;
  /** Whose draft it is (the form's `user`, `''` for anyone). */
  user: string;
  data: Record<string, unknown>;
  /** ISO date-time of the last save. */
  savedAt: string;
  /** The idempotency key of this draft's submission: one per draft, reused by every retry. */
  submissionKey: string;
  /** The portal's dossier id, once the draft dossier was created. */
  dossierId?: string | undefined;
  /** The stored documents: uploaded attachments' references and reused electronic copies. */
  documents?: DocumentReference[] | undefined;
  /** Files chosen and not stored when the draft was saved (never the files): to be chosen again. */
  unsent?: UnsentDocument[] | undefined;
}

/** Who and what a draft belongs to. */
export interface DraftOwner {
  procedure: string;
  version: string;
  user: string;
}

const PREFIX = 'dvc-draft';

/** The storage key of a draft: by procedure, user and definition version. */
export function draftKey(owner: DraftOwner): string {
  return `${draftPrefix(owner)}${encodeURIComponent(owner.version)}`;
}

/** The common start of the keys of every version's draft of one procedure and user. */
export function draftPrefix(owner: Pick<DraftOwner, 'procedure' | 'user'>): string {
  return `${PREFIX}/${encodeURIComponent(owner.procedure)}/${encodeURIComponent(owner.user)}/`;
}

/** A new idempotency key (128 random bits, hex). */
export function newSubmissionKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stored value read back as a draft, or `undefined` when it is not one (another layout, damaged). */
export function asDraftRecord(value: unknown): DraftRecord | undefined {
  if (!isJsonObject(value) || value['format'] !== 1 || !isJsonObject(value['data'])) return undefined;
  const { procedure, version, user, savedAt, submissionKey, dossierId, documents, unsent } = value;
  if (
    typeof procedure !== 'string' ||
    typeof version !== 'string' ||
    typeof user !== 'string' ||
    typeof savedAt !== 'string' ||
    typeof submissionKey !== 'string'
  ) {
    return undefined;
  }
  return {
    format: 1,
    procedure,
    version,
    user,
    data: value['data'],
    savedAt,
    submissionKey,
    ...(typeof dossierId === 'string' ? { dossierId } : {}),
    ...(Array.isArray(documents) ? { documents: documents.filter(isReference) } : {}),
    ...(Array.isArray(unsent) ? { unsent: unsent.filter(isUnsent) } : {}),
  };
}

function isUnsent(value: unknown): value is UnsentDocument {
  return (
    isJsonObject(value) &&
    typeof value['documentCode'] === 'string' &&
    typeof value['fileName'] === 'string' &&
    typeof value['contentType'] === 'string' &&
    typeof value['size'] === 'number'
  );
}

function isReference(value: unknown): value is DocumentReference {
  return (
    isUnsent(value) &&
    typeof (value as unknown as Record<string, unknown>)['attachmentId'] === 'string' &&
    ['string', 'undefined'].includes(typeof (value as unknown as Record<string, unknown>)['electronicCopyId'])
  );
}
