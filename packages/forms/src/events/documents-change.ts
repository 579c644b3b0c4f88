import type { DocumentReference } from '../components/documents/upload.js';

/** The detail of `dvc-documents-change`. */
export interface DvcDocumentsChangeDetail {
  /** The stored files (uploaded or reused electronic copies), one reference each. */
  documents: DocumentReference[];
}

/** Fired by `<dvc-documents>` when a file is chosen, stored, reused or removed. Bubbles, composed. */
export class DvcDocumentsChangeEvent extends CustomEvent<DvcDocumentsChangeDetail> {
  constructor(detail: DvcDocumentsChangeDetail) {
    super('dvc-documents-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-documents-change': DvcDocumentsChangeEvent;
  }
}
