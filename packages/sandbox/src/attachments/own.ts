/** Finding the caller's attachment (another persona's is a 404), and its API resource. */
import type { SubmissionChannel } from '@dvc-kit/procedures';
import { getPersona } from '../auth/personas.js';
import type { Principal } from '../auth/principal.js';
import type { DocumentSources } from '../dossiers/documents.js';
import { ApiError } from '../errors.js';
import { ownerId } from '../dossiers/own.js';
import { notFound } from '../internal/problems.js';
import { attachmentIdOf, type AttachmentRecord, type DossierDocumentRef } from '../store/records.js';
import type { Store } from '../store/store.js';

/** `{ vi, en }` names of an attachment, for 404 messages. */
export const ATTACHMENT = { vi: 'tệp đính kèm', en: 'Attachment' };

/** The `Attachment` resource. */
export type AttachmentResource = Omit<AttachmentRecord, 'ownerId'>;

/** The API resource of `record`. */
export function attachmentResource(record: AttachmentRecord): AttachmentResource {
  const { ownerId: _owner, ...resource } = record;
  return resource;
}

/**
 * The attachment `id` when `principal` owns it.
 * @throws ApiError 404 otherwise.
 */
export function ownAttachment(store: Store, principal: Principal, id: string): AttachmentRecord {
  const record = store.attachments.get(id);
  if (record?.ownerId !== ownerId(principal)) throw notFound(ATTACHMENT);
  return record;
}

/**
 * Whether a submitted dossier refers to the attachment `id` (or to the attachment of document `ref`;
 * a reused electronic copy is never "in use": the citizen may reuse it in any number of dossiers).
 */
export function isSubmitted(store: Store, id: string | DossierDocumentRef): boolean {
  const attachmentId = typeof id === 'string' ? id : attachmentIdOf(id);
  if (attachmentId === undefined) return false;
  for (const dossier of store.dossiers.values()) {
    if (dossier.status !== null && dossier.documents.some((d) => attachmentIdOf(d) === attachmentId))
      return true;
  }
  return false;
}

/** 409 `attachment_in_use`: the attachment is already part of a submitted dossier. */
export function attachmentInUse(): ApiError {
  return new ApiError(409, 'attachment_in_use', {
    vi: 'Tệp đã thuộc một hồ sơ đã nộp; mỗi tệp chỉ nộp trong một hồ sơ.',
    en: 'The attachment is already part of a submitted dossier; a file is filed in one dossier only.',
  });
}

/** Looks up `principal`'s attachments by id (another persona's are `undefined`). */
export function attachmentsOf(
  store: Store,
  principal: Principal,
): (id: string) => AttachmentRecord | undefined {
  const owner = ownerId(principal);
  return (id) => {
    const record = store.attachments.get(id);
    return record?.ownerId === owner ? record : undefined;
  };
}

/** Where `principal`'s documents come from: their attachments and their profile's electronic copies. */
export function documentSourcesOf(
  store: Store,
  principal: Principal,
  channel: SubmissionChannel = 'online',
): DocumentSources {
  const copies =
    principal.kind === 'persona' ? (getPersona(principal.personaId)?.profile.electronicCopies ?? []) : [];
  return {
    attachment: attachmentsOf(store, principal),
    electronicCopy: (id) => copies.find((copy) => copy.id === id),
    channel,
  };
}
