/**
 * How `<dvc-documents>` (and `<dvc-form>`) reach the portal: an `upload` hook the page gives them.
 * The sdk's `client.attachments` satisfies {@link DocumentUploader} as it is; any object with the
 * same `upload` method does too (a page's own backend, a test double).
 */

/** Upload progress, in bytes of the request body. */
export interface DocumentUploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** What the documents ask the hook to upload. */
export interface DocumentUploadRequest {
  /** The file, as the person chose it. */
  readonly file: Blob;
  readonly fileName?: string | undefined;
  readonly contentType?: string | undefined;
  /** The procedure and its document component (thành phần hồ sơ) the file is for. */
  readonly procedureCode: string;
  readonly documentCode: string;
  /** Called as the body is sent. */
  readonly onProgress?: ((progress: DocumentUploadProgress) => void) | undefined;
}

/** What the hook answers: the stored file (the sdk's `Attachment`). */
export interface UploadedDocumentFile {
  readonly id: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/** The `upload` hook: `client.attachments` of `@dvc-kit/sdk` satisfies it. */
export interface DocumentUploader {
  /** Uploads a file; `options.signal` cancels it (the promise then rejects). */
  upload(
    request: DocumentUploadRequest,
    options?: { readonly signal?: AbortSignal | undefined },
  ): PromiseLike<UploadedDocumentFile>;
  /** Deletes a stored file the person removed (optional: without it the file is only left out). */
  delete?(attachmentId: string): PromiseLike<unknown>;
}

/**
 * An electronic copy the citizen already has (Kho dữ liệu cá nhân, VNeID): a copy that may stand
 * in for a scan of the components in `documentCodes`, where the procedure allows an
 * `electronic-copy` replacement from its `source`. Reusing it is offered as "Dùng bản điện tử đã có".
 */
export interface ElectronicCopy {
  /** The copy's id in the citizen's data (`attachmentId` of the reference when reused). */
  readonly id: string;
  /** Its name, e.g. "Giấy chứng sinh điện tử" (or `{ vi, en }`). */
  readonly name: string | { readonly vi?: string; readonly en?: string };
  /** The document components it may stand for. */
  readonly documentCodes: readonly string[];
  /** Where it is kept: `data-store` (Kho dữ liệu cá nhân) or `vneid`. */
  readonly source: 'data-store' | 'vneid';
  readonly fileName?: string | undefined;
  readonly contentType?: string | undefined;
  readonly size?: number | undefined;
  /** When it was issued (ISO date). */
  readonly issuedAt?: string | undefined;
}

/**
 * A file the dossier refers to for a document component: an uploaded attachment, or a reused
 * electronic copy (`electronicCopyId`, and `attachmentId` the copy's id). `dvc-submit` carries them.
 */
export interface DocumentReference {
  readonly documentCode: string;
  readonly attachmentId: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
  readonly electronicCopyId?: string | undefined;
}

/**
 * A file the person chose that was not stored (still being sent, or failed): what a draft keeps
 * of it, so that after a reload its row says to choose it again instead of dropping it silently.
 * The file itself is never kept.
 */
export interface UnsentDocument {
  readonly documentCode: string;
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}
