/** Files and uploads for the attachment tests. */
import type { Sandbox } from '@dvc-kit/sandbox';
import { call, type ApiResponse } from './http.js';

export interface Attachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  procedureCode: string;
  documentCode: string;
  createdAt: string;
}

/** A tiny PDF (only its first bytes matter to the sandbox). */
export const pdfBytes = (text = 'Tờ khai'): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

/** The first bytes of a PNG, then some padding. */
export const pngBytes = (): Uint8Array<ArrayBuffer> =>
  new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

export interface UploadFields {
  bytes?: Uint8Array<ArrayBuffer>;
  fileName?: string;
  /** The declared type (the sandbox sniffs the real one). */
  type?: string;
  procedureCode?: string;
  documentCode?: string;
  /** Extra text fields. */
  extra?: Record<string, string>;
}

/** The multipart form of an upload. */
export function uploadForm(fields: UploadFields = {}): FormData {
  const form = new FormData();
  form.set('procedureCode', fields.procedureCode ?? '1.001193');
  form.set('documentCode', fields.documentCode ?? 'TO-KHAI');
  const blob = new Blob([fields.bytes ?? pdfBytes()], { type: fields.type ?? 'application/pdf' });
  form.set('file', blob, fields.fileName ?? 'to-khai.pdf');
  for (const [name, value] of Object.entries(fields.extra ?? {})) form.append(name, value);
  return form;
}

/** Uploads a file as `as` (default citizen-an). */
export function upload(
  sandbox: Pick<Sandbox, 'url'>,
  fields: UploadFields = {},
  as = 'citizen-an',
): Promise<ApiResponse<Attachment>> {
  return call<Attachment>(sandbox, 'POST', '/v1/attachments', { as, form: uploadForm(fields) });
}
