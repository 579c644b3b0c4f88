/** `client.attachments`: files for a procedure's document components. */
import { fileProblem } from '@dvc-kit/validation/files';
import { APIPromise } from '../api-promise.js';
import { PortalError, ValidationError } from '../errors.js';
import { keyFor } from '../internal/idempotency.js';
import { clientMessage, precheckMessages, type Language } from '../internal/messages.js';
import { countingStream, multipart, sha256Hex } from '../internal/multipart.js';
import { path } from '../internal/path.js';
import type { RequestOptions } from '../request-options.js';
import type { Attachment, DocumentComponent } from '../types.js';
import type { Procedures } from './procedures.js';
import { APIResource, type ResourceContext } from './resource.js';

/** Upload progress, in bytes of the request body. */
export interface UploadProgress {
  /** Bytes of the body sent so far. */
  readonly loaded: number;
  /** Bytes of the whole body (the file and the form fields). */
  readonly total: number;
}

/** What to upload. In Node, turn a path or a stream into a Blob with `@dvc-kit/sdk/server`. */
export interface UploadParams {
  /** The content: a `File`/`Blob` in browsers, a `Buffer`/`Uint8Array` in Node. */
  readonly file: Blob | Uint8Array;
  /** The file name (default: the `File`'s name). A name with a path is refused by the API. */
  readonly fileName?: string | undefined;
  /** The media type (default: the `Blob`'s type). */
  readonly contentType?: string | undefined;
  /** The procedure the file is for. */
  readonly procedureCode: string;
  /** The document component (thành phần hồ sơ) it fills. */
  readonly documentCode: string;
  /** Called as the body is sent (in browsers: at the start and the end). */
  readonly onProgress?: ((progress: UploadProgress) => void) | undefined;
  /** Check type and size against the document component before sending (default true). */
  readonly precheck?: boolean | undefined;
}

/** An uploaded file whose content hash the client checked against the API's. */
export type UploadedAttachment = Attachment;

const precheckError = (pointer: string, code: string, message: string): ValidationError =>
  new ValidationError(message, { code: 'attachment_precheck', issues: [{ pointer, code, message }] });

/**
 * Checks a file against a document component with the file rule of `@dvc-kit/validation/files`:
 * the type is accepted, the size within the limit, the file not empty. A failure is a
 * `ValidationError` with code `attachment_precheck` and one issue on `/file` (code `type`, `size`
 * or `empty`), its message in `language` (default `vi`).
 */
export function checkAgainstComponent(
  blob: Blob,
  component: DocumentComponent,
  language?: Language,
  fileName?: string,
): void {
  const problem = fileProblem({ type: blob.type, size: blob.size, name: fileName }, component, language);
  if (problem === undefined) return;
  const code =
    problem.code === 'file_type_not_accepted' ? 'type' : problem.code === 'file_too_large' ? 'size' : 'empty';
  throw precheckError('/file', code, problem.message);
}

/** Attachments: upload with pre-checks, progress and a content hash; metadata; download; delete. */
export class Attachments extends APIResource {
  readonly #procedures: Procedures;

  constructor(context: ResourceContext, procedures: Procedures) {
    super(context);
    this.#procedures = procedures;
  }

  /**
   * Uploads a file for a document component; rejects before sending if type or size do not fit.
   * Keyed like `dossiers.submit` (an `Idempotency-Key` made unless you pass one, reused by every
   * retry), so a retried upload stores the file once.
   */
  upload(params: UploadParams, options?: RequestOptions): APIPromise<UploadedAttachment> {
    return new APIPromise(this.#upload(params, keyFor(options)));
  }

  async #upload(
    params: UploadParams,
    options: RequestOptions,
  ): Promise<{ data: UploadedAttachment; response: Response }> {
    const source = params.file;
    const type = params.contentType ?? (source instanceof Blob ? source.type : '');
    const blob = new Blob([source as BlobPart], { type: type || 'application/octet-stream' });
    const name = params.fileName ?? (source instanceof File ? source.name : 'file');
    const language = this.context.language;
    if (params.precheck !== false) {
      const procedure = await this.#procedures.retrieve(params.procedureCode, options);
      const component = procedure.documents.find((d) => d.code === params.documentCode);
      if (!component)
        throw precheckError(
          '/documentCode',
          'unknown',
          precheckMessages.unknown(language, params.documentCode),
        );
      checkAgainstComponent(
        blob,
        component,
        language,
        params.fileName ?? (source instanceof File ? source.name : undefined),
      );
    }
    const hash = await sha256Hex(blob);
    const form = multipart(
      { procedureCode: params.procedureCode, documentCode: params.documentCode },
      { name, blob },
    );
    const total = form.body.size;
    const progress = params.onProgress;
    const streams = progress !== undefined && typeof document === 'undefined';
    progress?.({ loaded: 0, total });
    const answer = (await this.context.send(
      {
        method: 'POST',
        path: '/attachments',
        contentType: form.contentType,
        rawBody: streams
          ? () =>
              countingStream(form.body, (loaded) => {
                progress({ loaded, total });
              })
          : form.body,
        responseType: 'envelope',
      },
      options,
    )) as { data: Attachment; response: Response };
    if (!streams) progress?.({ loaded: total, total });
    if (answer.data.sha256.toLowerCase() !== hash)
      throw new PortalError(clientMessage('hash_mismatch', language), { code: 'hash_mismatch' });
    return answer;
  }

  /** An attachment's metadata. */
  retrieve(attachmentId: string, options?: RequestOptions): APIPromise<Attachment> {
    return this.call<Attachment>({ method: 'GET', path: path`/attachments/${attachmentId}` }, options);
  }

  /** The file's content, as a `Response` to read as a stream or a Blob. */
  download(attachmentId: string, options?: RequestOptions): APIPromise<Response> {
    return this.call<Response>(
      { method: 'GET', path: path`/attachments/${attachmentId}/content`, responseType: 'response' },
      options,
    );
  }

  /** Deletes an attachment not yet part of a submitted dossier. */
  async delete(attachmentId: string, options?: RequestOptions): Promise<void> {
    await this.context.send({ method: 'DELETE', path: path`/attachments/${attachmentId}` }, options);
  }
}
