/**
 * Attachments: `POST /v1/attachments` (multipart upload), `GET` and `DELETE
 * /v1/attachments/{id}`, `GET /v1/attachments/{id}/content`. Contents are kept by SHA-256.
 */
import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { attachmentContent } from '../attachments/content.js';
import { ATTACHMENT, attachmentResource, isSubmitted, ownAttachment } from '../attachments/own.js';
import { readUpload } from '../attachments/upload.js';
import { requireAuth } from '../auth/require-auth.js';
import { ownerId } from '../dossiers/own.js';
import { ApiError } from '../errors.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { newId } from '../internal/ids.js';
import { idempotentRequest, rememberOps, replayOf } from '../internal/idempotency.js';
import { notFound } from '../internal/problems.js';
import { param, route } from '../internal/routing.js';
import type { AttachmentRecord } from '../store/records.js';

/** Registers the attachment routes. */
export function attachmentRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const auth = requireAuth(ctx.authenticator, { scope: 'dossiers' });

  route(app, '/v1/attachments', {
    post: [
      auth,
      async (c) => {
        const upload = await readUpload(c);
        const owner = ownerId(c.get('principal'));
        const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
        const { procedureCode, documentCode, fileName, contentType } = upload;
        // The same upload is the same fields, name, type and content.
        const fingerprint = { procedureCode, documentCode, fileName, contentType, sha256 };
        const request = idempotentRequest(c, owner, fingerprint, false);
        const earlier = replayOf(ctx.store, request, ctx.clock.now());
        if (earlier !== undefined) {
          const stored = ctx.store.attachments.get(earlier.resourceId);
          if (stored === undefined) throw notFound(ATTACHMENT);
          c.header('Idempotent-Replayed', 'true');
          c.header('Location', `/v1/attachments/${stored.id}`);
          return c.json(attachmentResource(stored), 201);
        }
        const record: AttachmentRecord = {
          id: newId('att'),
          ownerId: owner,
          fileName,
          contentType,
          size: upload.bytes.byteLength,
          sha256,
          procedureCode,
          documentCode,
          createdAt: ctx.clock.now().toISOString(),
        };
        // The content first: a commit that fails leaves at most an unreferenced, content-addressed file.
        ctx.store.blobs.write(record.sha256, upload.bytes);
        ctx.store.commit([
          { op: 'attachment.put', value: record },
          ...rememberOps(request, 201, record.id, ctx.clock.now()),
        ]);
        if (request !== undefined) c.header('Idempotent-Replayed', 'false');
        c.header('Location', `/v1/attachments/${record.id}`);
        return c.json(attachmentResource(record), 201);
      },
    ],
  });

  route(app, '/v1/attachments/:attachmentId', {
    get: [
      auth,
      (c) =>
        c.json(attachmentResource(ownAttachment(ctx.store, c.get('principal'), param(c, 'attachmentId')))),
    ],
    delete: [
      auth,
      (c) => {
        const record = ownAttachment(ctx.store, c.get('principal'), param(c, 'attachmentId'));
        if (isSubmitted(ctx.store, record.id)) {
          throw new ApiError(409, 'attachment_in_use', {
            vi: 'Tệp đã thuộc một hồ sơ đã nộp, không thể xóa.',
            en: 'The attachment is part of a submitted dossier and cannot be deleted.',
          });
        }
        ctx.store.commit([{ op: 'attachment.delete', id: record.id }]);
        const shared = [...ctx.store.attachments.values()].some((a) => a.sha256 === record.sha256);
        if (!shared) ctx.store.blobs.remove(record.sha256);
        return c.body(null, 204);
      },
    ],
  });

  route(app, '/v1/attachments/:attachmentId/content', {
    get: [
      auth,
      (c) => {
        const record = ownAttachment(ctx.store, c.get('principal'), param(c, 'attachmentId'));
        return attachmentContent(c, ctx.store, record);
      },
    ],
  });
}
