/**
 * @dvc-kit/forms/documents: `<dvc-documents>`, a procedure's documents (importing registers it).
 * A separate entry so that forms without documents do not carry it; with it imported, `<dvc-form>`
 * shows its "Giấy tờ" section after the fields.
 */
export { DvcDocuments, type DocumentIssue } from './components/documents/documents.js';
export type {
  DocumentUploader,
  DocumentUploadRequest,
  DocumentUploadProgress,
  UploadedDocumentFile,
  ElectronicCopy,
  DocumentReference,
  UnsentDocument,
} from './components/documents/upload.js';
export { DvcDocumentsChangeEvent, type DvcDocumentsChangeDetail } from './events/documents-change.js';
