/**
 * The result documents an official issues on completion. An electronic file (base64 in the body)
 * becomes an attachment owned by the dossier's citizen, so the citizen downloads it with
 * `GET /v1/attachments/{id}/content` and the agency with its own download route; its type is
 * sniffed (PDF, PNG, JPEG) and its name checked as an upload's.
 */
import { createHash } from 'node:crypto';
import { fileNameProblem } from '../attachments/file-name.js';
import { fileProblem, type FileRule } from '@dvc-kit/validation/files';
import type { ApiIssue } from '../errors.js';
import { sniffFileType } from '../attachments/file-type.js';
import { newId } from '../internal/ids.js';
import { invalidBody } from '../internal/problems.js';
import type { AttachmentRecord, DossierRecord, ResultDocument } from '../store/records.js';

/** The largest electronic result, in bytes. */
export const MAX_RESULT_BYTES = 512 * 1024;

/** What an electronic result may be: the file rule of @dvc-kit/validation/files. */
const RESULT_FILE_RULE: FileRule = {
  acceptedTypes: ['application/pdf', 'image/png', 'image/jpeg'],
  maxSizeMB: MAX_RESULT_BYTES / (1024 * 1024),
};

/** A result document as the body gives it (`ResultDocumentInput`). */
export interface ResultDocumentInput {
  code: string;
  name: string;
  number?: string;
  file?: { fileName: string; content: string };
}

/** The stored results of a completion, with the attachments and bytes of their files. */
export interface IssuedResults {
  documents: ResultDocument[];
  attachments: { record: AttachmentRecord; bytes: Uint8Array }[];
}

function issue(pointer: string, code: string, en: boolean, vi: string, english: string): ApiIssue {
  return { pointer, code, message: en ? english : vi };
}

/**
 * The results of `inputs` for `dossier`, issued at `at`.
 * @throws ApiError 422 `invalid_body` for a file that is not base64, too large, of a type not
 * accepted, or badly named.
 */
export function issueResults(
  dossier: DossierRecord,
  inputs: readonly ResultDocumentInput[],
  at: Date,
  en: boolean,
): IssuedResults {
  const issuedAt = at.toISOString();
  const issues: ApiIssue[] = [];
  const out: IssuedResults = { documents: [], attachments: [] };
  inputs.forEach((input, index) => {
    const pointer = `/resultDocuments/${index}/file`;
    let attachmentId: string | null = null;
    if (input.file !== undefined) {
      const { fileName, content } = input.file;
      const bytes = /^[A-Za-z0-9+/]*={0,2}$/.test(content) ? Buffer.from(content, 'base64') : undefined;
      const type = bytes === undefined ? undefined : sniffFileType(bytes);
      const nameProblem = fileNameProblem(fileName);
      const locale = en ? 'en' : 'vi';
      const problem =
        bytes === undefined
          ? undefined
          : fileProblem({ type: type ?? '', size: bytes.length }, RESULT_FILE_RULE, locale);
      if (bytes === undefined || bytes.length === 0) {
        issues.push(
          issue(
            `${pointer}/content`,
            'format',
            en,
            'Nội dung tệp không phải base64.',
            'The content is not base64.',
          ),
        );
      } else if (problem !== undefined || type === undefined) {
        // An unknown type is refused as not accepted.
        const refused = problem ?? fileProblem({ type: '', size: bytes.length }, RESULT_FILE_RULE, locale);
        issues.push({
          pointer: `${pointer}/content`,
          code: refused?.code ?? '',
          message: refused?.message ?? '',
        });
      } else if (nameProblem !== undefined) {
        issues.push(
          issue(
            `${pointer}/fileName`,
            nameProblem,
            en,
            'Tên tệp không hợp lệ.',
            'The file name is not allowed.',
          ),
        );
      } else {
        const record: AttachmentRecord = {
          id: newId('att'),
          ownerId: dossier.ownerId,
          fileName,
          contentType: type,
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          procedureCode: dossier.procedureCode,
          documentCode: input.code,
          createdAt: issuedAt,
        };
        out.attachments.push({ record, bytes });
        attachmentId = record.id;
      }
    }
    out.documents.push({
      code: input.code,
      name: input.name,
      number: input.number ?? null,
      attachmentId,
      issuedAt,
    });
  });
  if (issues.length > 0) throw invalidBody(issues);
  return out;
}
