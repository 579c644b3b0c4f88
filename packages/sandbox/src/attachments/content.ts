/** Answering an attachment's bytes: the stored type, a safe download name, no sniffing, a digest. */
import type { Context } from 'hono';
import { notFound } from '../internal/problems.js';
import type { AttachmentRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { contentDisposition } from './file-name.js';
import { ATTACHMENT } from './own.js';

/**
 * The response carrying `record`'s content.
 * @throws ApiError 404 when the bytes are gone.
 */
export function attachmentContent(c: Context, store: Store, record: AttachmentRecord): Response {
  const bytes = store.blobs.read(record.sha256);
  if (bytes === undefined) throw notFound(ATTACHMENT);
  const digest = Buffer.from(record.sha256, 'hex').toString('base64');
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': record.contentType,
    'Content-Disposition': contentDisposition(record.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cache-Control': 'private, no-store',
    Digest: `sha-256=${digest}`,
  });
}
