import { procedureSamples } from '@dvc-kit/procedures';
import { createHash } from 'node:crypto';
import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfBytes, pngBytes, upload, uploadForm, type Attachment } from './support/attachments.js';
import { birthDraft, validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('upload and download', () => {
  it('stores a PDF, answers its SHA-256, and gives it back with safe headers', async () => {
    const bytes = pdfBytes();
    const res = await upload(sandbox, { bytes, fileName: 'Tờ khai đăng ký "khai sinh".pdf' });
    expect(res.status).toBe(201);
    expect(res.headers.get('location')).toBe(`/v1/attachments/${res.body.id}`);
    expect(res.body).toMatchObject({
      fileName: 'Tờ khai đăng ký "khai sinh".pdf',
      contentType: 'application/pdf',
      size: bytes.byteLength,
      sha256: sha256(bytes),
      procedureCode: '1.001193',
      documentCode: 'TO-KHAI',
    });
    const meta = await call<Attachment>(sandbox, 'GET', `/v1/attachments/${res.body.id}`, {
      as: 'citizen-an',
    });
    expect(meta.body).toEqual(res.body);

    const content = await fetch(`${sandbox.url}/v1/attachments/${res.body.id}/content`, {
      headers: { authorization: 'Bearer sandbox-citizen-an' },
    });
    expect(content.status).toBe(200);
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes);
    expect(content.headers.get('content-type')).toBe('application/pdf');
    expect(content.headers.get('x-content-type-options')).toBe('nosniff');
    expect(content.headers.get('content-disposition')).toBe(
      `attachment; filename="To khai dang ky _khai sinh_.pdf"; filename*=UTF-8''${encodeURIComponent('Tờ khai đăng ký "khai sinh".pdf')}`,
    );
    expect(content.headers.get('digest')).toBe(
      `sha-256=${createHash('sha256').update(bytes).digest('base64')}`,
    );
    // The same download through the contract check.
    const checked = await call(sandbox, 'GET', `/v1/attachments/${res.body.id}/content`, {
      as: 'citizen-an',
    });
    expect(checked.status).toBe(200);
  });

  it('trusts the bytes, not the declared type', async () => {
    const png = await upload(sandbox, { bytes: pngBytes(), type: 'application/pdf', fileName: 'scan.pdf' });
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe('image/png');
    const text = await upload(sandbox, {
      bytes: new TextEncoder().encode('<script>alert(1)</script>'),
      type: 'application/pdf',
    });
    expect(text.status).toBe(422);
    expect(text.body).toMatchObject({
      error: { code: 'invalid_body', issues: [{ pointer: '/file', code: 'file_type_not_accepted' }] },
    });
  });

  it.each([
    ['../../etc/passwd', 'file_name_path'],
    ['..\\..\\windows\\win.ini', 'file_name_path'],
    ['to\u0007khai.pdf', 'file_name_control_character'],
    ['bao-cao\u202Efdp.exe', 'file_name_control_character'],
    ['CON.pdf', 'file_name_reserved'],
    ['nul', 'file_name_reserved'],
    ['to-khai.pdf.', 'file_name_trailing'],
    [`${'a'.repeat(252)}.pdf`, 'file_name_too_long'],
  ])('refuses the file name %j (%s)', async (fileName, code) => {
    const res = await upload(sandbox, { fileName });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ error: { issues: [{ pointer: '/file', code }] } });
  });
});

describe('bad uploads', () => {
  it('answers 415 to a body that is not multipart, and 400 to a broken one', async () => {
    const json = await call(sandbox, 'POST', '/v1/attachments', { as: 'citizen-an', json: { file: 'x' } });
    expect(json.status).toBe(415);
    expect(json.body.error.code).toBe('unsupported_media_type');
    const broken = await call(sandbox, 'POST', '/v1/attachments', {
      as: 'citizen-an',
      body: 'not a multipart body',
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error.code).toBe('malformed_multipart');
  });

  it('refuses unknown, missing and repeated fields, and unknown procedures and documents', async () => {
    const unknown = await upload(sandbox, { extra: { note: 'x' } });
    expect(unknown.body).toMatchObject({
      error: { issues: [{ pointer: '/note', code: 'additional_property' }] },
    });
    const noFile = uploadForm();
    noFile.delete('file');
    const missing = await call(sandbox, 'POST', '/v1/attachments', { as: 'citizen-an', form: noFile });
    expect(missing.status).toBe(422);
    expect(missing.body.error.issues?.map((i) => i.code)).toContain('required');
    const twice = uploadForm();
    twice.append('file', new Blob([pdfBytes()]), 'b.pdf');
    const repeated = await call(sandbox, 'POST', '/v1/attachments', { as: 'citizen-an', form: twice });
    expect(repeated.body.error.issues?.map((i) => i.code)).toEqual(['duplicate_field']);
    const stringFile = uploadForm();
    stringFile.set('file', 'not a file');
    const notFile = await call(sandbox, 'POST', '/v1/attachments', { as: 'citizen-an', form: stringFile });
    expect(notFile.body.error.issues?.map((i) => i.code)).toEqual(['not_a_file']);
    const procedure = await upload(sandbox, { procedureCode: '9.999999' });
    expect(procedure.body).toMatchObject({ error: { issues: [{ pointer: '/procedureCode' }] } });
    const document = await upload(sandbox, { documentCode: 'NO-SUCH-DOC' });
    expect(document.body).toMatchObject({
      error: { issues: [{ pointer: '/documentCode', code: 'unknown_document' }] },
    });
  });

  // Megabytes over HTTP: slow on a busy machine.
  it("answers a file over the component's maxSizeMB with 413", { timeout: 30_000 }, async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdfBytes());
    const res = await upload(sandbox, { bytes: big });
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  // Megabytes over HTTP: slow on a busy machine.
  it('answers 413 to a body over the upload limit, declared or streamed', { timeout: 30_000 }, async () => {
    const small = await startSandbox({ maxUploadBytes: 4096 });
    try {
      const declared = await upload(small, { bytes: new Uint8Array(8192).fill(0x25) });
      expect(declared.status).toBe(413);
      let sent = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          // Would go on for 64 MiB if the server read it all.
          if (sent >= 64 * 1024 * 1024) controller.close();
          else controller.enqueue(new Uint8Array(64 * 1024).fill(0x41));
          sent += 64 * 1024;
        },
      });
      const streamed = await call(small, 'POST', '/v1/attachments', {
        as: 'citizen-an',
        stream,
        headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      });
      expect(streamed.status).toBe(413);
      expect(sent).toBeLessThan(64 * 1024 * 1024);
    } finally {
      await small.close();
    }
  });

  it('needs a token; the admin token and client tokens are refused', async () => {
    const anonymous = await call(sandbox, 'POST', '/v1/attachments', { form: uploadForm() });
    expect(anonymous.status).toBe(401);
    const admin = await upload(sandbox, {}, 'sandbox-admin');
    expect(admin.status).toBe(403);
  });
});

describe('ownership', () => {
  it("hides another citizen's attachment behind a 404 and keeps it", async () => {
    const mine = (await upload(sandbox)).body;
    for (const [method, path] of [
      ['GET', `/v1/attachments/${mine.id}`],
      ['GET', `/v1/attachments/${mine.id}/content`],
      ['DELETE', `/v1/attachments/${mine.id}`],
    ] as const) {
      const res = await call(sandbox, method, path, { as: 'citizen-hoa' });
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    const still = await call<Attachment>(sandbox, 'GET', `/v1/attachments/${mine.id}`, { as: 'citizen-an' });
    expect(still.status).toBe(200);
  });

  it('deletes an attachment until a submitted dossier holds it', async () => {
    const loose = (await upload(sandbox)).body;
    const deleted = await call(sandbox, 'DELETE', `/v1/attachments/${loose.id}`, { as: 'citizen-an' });
    expect(deleted.status).toBe(204);
    const gone = await call(sandbox, 'GET', `/v1/attachments/${loose.id}`, { as: 'citizen-an' });
    expect(gone.status).toBe(404);

    const draft = await call<Dossier & { documents: { attachmentId: string }[] }>(
      sandbox,
      'POST',
      '/v1/dossiers',
      {
        as: 'citizen-an',
        json: await withBirthDocuments(sandbox),
      },
    );
    const held = draft.body.documents[0]!.attachmentId;
    const submitted = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
      as: 'citizen-an',
      json: { data: validBirthData() },
      headers: { 'idempotency-key': 'att-held' },
    });
    expect(submitted.status).toBe(200);
    const refused = await call(sandbox, 'DELETE', `/v1/attachments/${held}`, { as: 'citizen-an' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('attachment_in_use');
  });
});

describe('dossier documents', () => {
  it("refuses another citizen's attachment, another component's, and too many files", async () => {
    const hers = (await upload(sandbox, {}, 'citizen-hoa')).body;
    const declaration = (await upload(sandbox)).body;
    const second = (await upload(sandbox)).body;
    const res = await call(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: {
        ...birthDraft,
        documents: [
          { documentCode: 'TO-KHAI', attachmentId: hers.id },
          { documentCode: 'GIAY-TO-TUY-THAN', attachmentId: declaration.id },
          { documentCode: 'TO-KHAI', attachmentId: second.id },
        ],
      },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.issues?.map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: '/documents/0/attachmentId', code: 'unknown_attachment' },
      { pointer: '/documents/1/attachmentId', code: 'attachment_mismatch' },
      { pointer: '/documents/2/documentCode', code: 'too_many_files' },
    ]);
  });

  it('accepts a birth dossier filed online with no upload: the e-form is the declaration, ID papers are shown', async () => {
    const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: birthDraft,
    });
    const res = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
      as: 'citizen-an',
      json: { data: { ...validBirthData(), hasBirthCertificate: true } },
      headers: { 'idempotency-key': 'att-none-needed' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe(1);
  });

  it('still needs a component that applies and has no data replacement (a written commitment)', async () => {
    const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: birthDraft,
    });
    const data = procedureSamples('birth-registration').variants.find((v) => v.name === 'commitment')?.data;
    const res = await call(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
      as: 'citizen-an',
      json: { data },
      headers: { 'idempotency-key': 'att-missing' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('dossier_invalid');
    expect(res.body.error.issues?.map(({ pointer, code }) => ({ pointer, code }))).toEqual([
      { pointer: '/documents/GIAY-CAM-DOAN', code: 'document_required' },
    ]);
    const after = await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${draft.body.id}`, { as: 'citizen-an' });
    expect(after.body.status).toBeNull();
  });
});
