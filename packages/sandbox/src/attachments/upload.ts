/**
 * Reading `POST /v1/attachments`: a `multipart/form-data` body (415 otherwise) with exactly the
 * fields `file`, `procedureCode` and `documentCode` (checked against the contract's
 * `AttachmentUpload` schema: 422 `invalid_body`, unknown fields included). The file is then checked
 * against the procedure's document component: its real type (sniffed from its first bytes) must
 * be accepted, its size at most `maxSizeMB` (413), its name a plain file name. The body's size is
 * capped while it streams in, before this runs (413 `payload_too_large`).
 */
import { getProcedureDefinition, type DocumentComponent } from '@dvc-kit/procedures';
import { fileProblem, maxFileBytes, type FileFacts } from '@dvc-kit/validation/files';
import type { Context } from 'hono';
import { schemaValidator } from '../contract-schemas.js';
import { ApiError, type ApiIssue } from '../errors.js';
import { localeOf } from '../internal/locale.js';
import { invalidBody, unsupportedMediaType } from '../internal/problems.js';
import { cleanFileName, fileNameProblem } from './file-name.js';
import { sniffFileType } from './file-type.js';
import { uploadIssue } from './upload-issues.js';

/** A checked upload. */
export interface Upload {
  procedureCode: string;
  documentCode: string;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

async function formOf(c: Context): Promise<FormData> {
  const essence = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (essence !== 'multipart/form-data') throw unsupportedMediaType('multipart/form-data');
  try {
    return await c.req.raw.formData();
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw new ApiError(400, 'malformed_multipart', {
      vi: 'Nội dung multipart/form-data không hợp lệ.',
      en: 'The multipart/form-data body is not valid.',
    });
  }
}

function fieldsOf(form: FormData, en: boolean): { fields: Record<string, string>; file: File | undefined } {
  const fields: Record<string, string> = {};
  let file: File | undefined;
  const issues: ApiIssue[] = [];
  for (const [name, value] of form.entries()) {
    if (name in fields) issues.push(uploadIssue(`/${name}`, 'duplicate_field', en));
    if (name === 'file' && typeof value !== 'string') file = value;
    fields[name] = typeof value === 'string' ? value : '';
  }
  if ('file' in fields && file === undefined) issues.push(uploadIssue('/file', 'not_a_file', en));
  const result = schemaValidator('AttachmentUpload').validate(fields, { locale: en ? 'en' : 'vi' });
  if (!result.ok)
    issues.push(...result.issues.map(({ pointer, code, message }) => ({ pointer, code, message })));
  if (issues.length > 0) throw invalidBody(issues);
  return { fields, file };
}

function componentOf(procedureCode: string, documentCode: string, en: boolean): DocumentComponent {
  const definition = getProcedureDefinition(procedureCode);
  if (definition === undefined) throw invalidBody([uploadIssue('/procedureCode', 'unknown_procedure', en)]);
  const component = definition.documents.find((d) => d.code === documentCode);
  if (component === undefined) throw invalidBody([uploadIssue('/documentCode', 'unknown_document', en)]);
  return component;
}

/**
 * The checked upload of the request.
 * @throws ApiError 400, 413, 415 or 422 as described above.
 */
export async function readUpload(c: Context): Promise<Upload> {
  const en = localeOf(c.req.header('accept-language')) === 'en';
  const { fields, file } = fieldsOf(await formOf(c), en);
  const procedureCode = fields['procedureCode'] ?? '';
  const documentCode = fields['documentCode'] ?? '';
  const component = componentOf(procedureCode, documentCode, en);
  if (file === undefined) throw invalidBody([uploadIssue('/file', 'not_a_file', en)]);
  const nameProblem = fileNameProblem(file.name);
  if (nameProblem !== undefined) throw invalidBody([uploadIssue('/file', nameProblem, en)]);
  // The file rule of @dvc-kit/validation/files, as the forms and the sdk check it before sending.
  const name = cleanFileName(file.name);
  const problem = (facts: FileFacts): { vi: string; en: string } => ({
    vi: fileProblem(facts, component, 'vi')?.message ?? '',
    en: fileProblem(facts, component, 'en')?.message ?? '',
  });
  if (file.size > maxFileBytes(component)) {
    // Any type passes here: the size is checked before the content is read.
    const facts = { type: component.acceptedTypes[0] ?? '', size: file.size, name };
    throw new ApiError(413, 'payload_too_large', problem(facts));
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // The real type, read from the first bytes, never the declared one.
  const facts = { type: sniffFileType(bytes) ?? '', size: bytes.length, name };
  const found = fileProblem(facts, component, en ? 'en' : 'vi');
  if (found !== undefined) {
    throw invalidBody([{ pointer: '/file', code: found.code, message: found.message }]);
  }
  const contentType = facts.type;
  return { procedureCode, documentCode, fileName: name, contentType, bytes };
}
