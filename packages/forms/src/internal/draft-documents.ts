/**
 * The documents of a draft: the references of stored files (uploads and reused electronic copies)
 * and what is known of files chosen but not stored, so that after a reload every document comes
 * back, or its row says to choose the file again. Never the files themselves.
 */
import { childPointer, isJsonObject } from '@dvc-kit/validation';
import type { DraftRecord } from './draft-record.js';
import type { DroppedAnswer } from './draft-fit.js';
import {
  getDocuments,
  getUnsentDocuments,
  setDocuments,
  setUnsentDocuments,
  type DocumentsHost,
} from './form-documents.js';

/** The documents part of a draft, read from the form (empty lists are left out). */
export function draftDocuments(host: object): Pick<DraftRecord, 'documents' | 'unsent'> {
  const documents = getDocuments(host as DocumentsHost);
  const unsent = getUnsentDocuments(host as DocumentsHost);
  return {
    ...(documents.length > 0 ? { documents } : {}),
    ...(unsent.length > 0 ? { unsent } : {}),
  };
}

/** Whether a draft holds documents. */
export function hasDraftDocuments(record: DraftRecord): boolean {
  return (record.documents?.length ?? 0) > 0 || (record.unsent?.length ?? 0) > 0;
}

/** The component codes of a definition. */
function componentCodes(definition: unknown): Set<string> {
  const documents = isJsonObject(definition) ? definition['documents'] : undefined;
  return new Set(
    (Array.isArray(documents) ? documents : []).flatMap((d) =>
      isJsonObject(d) && typeof d['code'] === 'string' ? [d['code']] : [],
    ),
  );
}

/**
 * Gives the form the draft's documents. Those of a component the definition no longer has (a
 * draft of another version) are dropped and returned, as `/documents/<code>` with the file name.
 */
export function restoreDraftDocuments(
  host: object,
  record: DraftRecord,
  definition: unknown,
): DroppedAnswer[] {
  const codes = componentCodes(definition);
  const dropped: DroppedAnswer[] = [];
  const keep = <T extends { documentCode: string; fileName: string }>(list: readonly T[] | undefined): T[] =>
    (list ?? []).filter((d) => {
      if (codes.has(d.documentCode)) return true;
      dropped.push({ pointer: childPointer('/documents', d.documentCode), value: d.fileName });
      return false;
    });
  setDocuments(host as DocumentsHost, keep(record.documents));
  setUnsentDocuments(host as DocumentsHost, keep(record.unsent));
  return dropped;
}

/** Empties the form's documents (the draft was discarded: start again). */
export function clearDraftDocuments(host: object): void {
  setDocuments(host as DocumentsHost, []);
  setUnsentDocuments(host as DocumentsHost, []);
}
