import {
  AuthenticationError,
  createClient,
  NotFoundError,
  PermissionError,
  ValidationError,
  type DossierDocument,
  type ElectronicCopy,
  type Middleware,
  type PortalClient,
} from '@dvc-kit/sdk';
import { clientCredentials } from '@dvc-kit/sdk/server';
import { describe, expect, it } from 'vitest';
import {
  birthDraft,
  birthDraftWithDocuments,
  pdfBytes,
  recorder,
  start,
  recordedClient,
  validBirthData,
} from './support/sandbox.js';

describe('client.procedures', () => {
  it('searches without diacritics and retrieves one by code or slug, from the cache the second time', async () => {
    const sandbox = await start();
    const seen = recorder();
    const client = createClient({ baseUrl: sandbox.api, middleware: [seen.middleware] });
    const found = await client.procedures.list({ q: 'dang ky khai sinh' }).toArray({ limit: 5 });
    expect(found.map((p) => p.code)).toContain('1.001193');
    const procedure = await client.procedures.retrieve('1.001193');
    expect(procedure.documents.map((d) => d.code)).toContain('TO-KHAI');
    expect((await client.procedures.retrieve('birth-registration')).code).toBe('1.001193');
    await client.procedures.retrieve('1.001193');
    expect(seen.requests.filter((r) => r.url.endsWith('/procedures/1.001193'))).toHaveLength(1);
    client.clearCache();
    await client.procedures.retrieve('1.001193');
    expect(seen.requests.filter((r) => r.url.endsWith('/procedures/1.001193'))).toHaveLength(2);
  });

  it('encodes path parameters, so a value cannot reach another path', async () => {
    const sandbox = await start();
    const seen = recorder();
    const client = createClient({ baseUrl: sandbox.api, middleware: [seen.middleware] });
    await expect(client.procedures.retrieve('../agencies/SBX.CA.00.T01')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(seen.requests[0]!.url).toBe(`${sandbox.api}/procedures/..%2Fagencies%2FSBX.CA.00.T01`);
  });
});

describe('client.agencies and client.adminUnits', () => {
  it('lists and retrieves agencies', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api });
    const agencies = await client.agencies.list({ province: '01', limit: 5 });
    expect(agencies.data.length).toBeGreaterThan(0);
    expect(agencies.data.every((a) => a.provinceCode === '01')).toBe(true);
    expect((await client.agencies.retrieve('SBX.UB.00070.T01')).communeCode).toBe('00070');
  });

  it('pages through every commune of Hà Nội with constant page size, by item and by page', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api });
    let pages = 0;
    let largest = 0;
    for await (const page of client.adminUnits.communes('01', { limit: 10 }).pages()) {
      pages++;
      largest = Math.max(largest, page.data.length);
    }
    let items = 0;
    for await (const commune of client.adminUnits.communes('01', { limit: 10 })) {
      expect(commune.provinceCode).toBe('01');
      items++;
    }
    expect(pages).toBeGreaterThan(10);
    expect(largest).toBe(10);
    expect(items).toBeGreaterThan((pages - 1) * 10);
    expect(await client.adminUnits.communes('01', { limit: 10 }).toArray({ limit: 25 })).toHaveLength(25);
    await expect(client.adminUnits.communes('01').toArray({ limit: -1 })).rejects.toBeInstanceOf(RangeError);
  });

  it('answers provinces, a province, a commune and an old address', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api });
    expect(await client.adminUnits.provinces({ limit: 100 }).toArray({ limit: 100 })).toHaveLength(34);
    expect((await client.adminUnits.province('79')).shortName).toMatch(/Hồ Chí Minh/);
    expect((await client.adminUnits.commune('00070')).provinceCode).toBe('01');
    const hoanKiem = await client.adminUnits.communes('01', { q: 'hoan kiem' }).toArray({ limit: 5 });
    expect(hoanKiem.map((c) => c.code)).toContain('00070');
    const match = await client.adminUnits.lookupOldAddress({
      province: 'Hà Nội',
      district: 'Hoàn Kiếm',
      ward: 'Hàng Bài',
    });
    expect(match.status).toBe('exact');
    expect(match.candidates.map((c) => c.province.code)).toEqual(['01']);
  });
});

describe('client.profile and client.statistics', () => {
  it('reads the persona’s profile and the indicators', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-binh' });
    expect((await client.profile.retrieve()).personalId).toBe('079088001234');
    expect((await client.profile.userInfo()).sub).toBe('citizen-binh');
    const period = { from: '2026-11-01', to: '2026-11-30', province: '79' };
    // The indicators need a server's token with the `statistics` scope, as the docs say.
    await expect(client.statistics.retrieve(period)).rejects.toBeInstanceOf(PermissionError);
    const anonymous = createClient({ baseUrl: sandbox.api });
    await expect(anonymous.statistics.retrieve(period)).rejects.toBeInstanceOf(AuthenticationError);
    const tokenEndpoint = `${sandbox.api}/auth/token`;
    const server = (scope: string): PortalClient =>
      createClient({
        baseUrl: sandbox.api,
        auth: clientCredentials({
          tokenEndpoint,
          clientId: 'sandbox-server',
          clientSecret: 'sandbox-server-secret',
          scope,
        }),
      });
    await expect(server('webhooks').statistics.retrieve(period)).rejects.toBeInstanceOf(PermissionError);
    const stats = await server('statistics').statistics.retrieve(period);
    expect(stats.counts.received).toBe(0);
  });
});

describe('electronic copies (Dùng bản điện tử đã có)', () => {
  it('reads the copies of the profile and files a dossier that refers to one instead of an upload', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const copies: ElectronicCopy[] = (await client.profile.retrieve()).electronicCopies ?? [];
    const certificate = copies.find((c) => c.documentCodes.includes('GIAY-CHUNG-SINH'));
    expect(certificate?.source).toBe('data-store');
    const documents: DossierDocument[] = [
      { documentCode: 'GIAY-CHUNG-SINH', electronicCopyId: certificate!.id },
    ];
    const draft = await client.dossiers.create({ ...birthDraft, documents }, { idempotencyKey: 'ec-create' });
    const dossier = await client.dossiers.submit(
      draft.id,
      { data: validBirthData() },
      { idempotencyKey: 'ec-submit' },
    );
    expect(dossier.code).not.toBeNull();
    expect(dossier.documents).toEqual(documents);
  });
});

describe('client.attachments', () => {
  it('uploads with progress and a checked hash, reads, downloads and deletes', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const progress: number[] = [];
    const bytes = pdfBytes('Giấy chứng sinh');
    const attachment = await client.attachments.upload({
      file: bytes,
      fileName: 'to-khai.pdf',
      contentType: 'application/pdf',
      procedureCode: '1.001193',
      documentCode: 'TO-KHAI',
      onProgress: (p) => progress.push(p.loaded / p.total),
    });
    expect(attachment).toMatchObject({
      fileName: 'to-khai.pdf',
      size: bytes.byteLength,
      documentCode: 'TO-KHAI',
    });
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect((await client.attachments.retrieve(attachment.id)).sha256).toBe(attachment.sha256);
    const content = await client.attachments.download(attachment.id);
    expect(new Uint8Array(await content.arrayBuffer())).toEqual(bytes);
    await client.attachments.delete(attachment.id);
    await expect(client.attachments.retrieve(attachment.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('checks type and size against the document component before sending anything', async () => {
    const sandbox = await start();
    let uploads = 0;
    const count: Middleware = (request, next) => {
      if (request.url.endsWith('/attachments')) uploads++;
      return next(request);
    };
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an', middleware: [count] });
    const procedure = await client.procedures.retrieve('1.001193');
    const component = procedure.documents.find((d) => d.code === 'TO-KHAI')!;
    const exe = new File([new Uint8Array([0x4d, 0x5a])], 'virus.exe', { type: 'application/x-msdownload' });
    const wrongType = await client.attachments
      .upload({ file: exe, procedureCode: '1.001193', documentCode: 'TO-KHAI' })
      .catch((e: unknown) => e);
    expect(wrongType).toBeInstanceOf(ValidationError);
    expect(Object.keys((wrongType as ValidationError).issues)).toEqual(['/file']);
    const huge = new Blob([new Uint8Array(component.maxSizeMB * 1024 * 1024 + 1)], {
      type: 'application/pdf',
    });
    const tooLarge = await client.attachments
      .upload({ file: huge, procedureCode: '1.001193', documentCode: 'TO-KHAI' })
      .catch((e: unknown) => e);
    expect((tooLarge as ValidationError).issues['/file']?.[0]?.code).toBe('size');
    const unknown = client.attachments.upload({ file: exe, procedureCode: '1.001193', documentCode: 'NOPE' });
    await expect(unknown).rejects.toBeInstanceOf(ValidationError);
    expect(uploads).toBe(0);
  });
});

describe('client.payments', () => {
  it('creates a payment (keyed), and reads it and its receipt once approved', async () => {
    const { client, seen } = await recordedClient();
    const draft = await client.dossiers.create(await birthDraftWithDocuments(client));
    const dossier = await client.dossiers.submit(draft.id);
    expect(dossier.feeTotal).toBeGreaterThan(0);
    const payment = await client.payments.create({ dossierId: dossier.id });
    expect(payment).toMatchObject({ status: 'pending', amount: dossier.feeTotal, currency: 'VND' });
    expect(seen.requests.at(-1)!.headers.get('idempotency-key')).toMatch(/^[0-9a-f]{32}$/);
    const approve = await fetch(payment.checkoutUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve' }),
    });
    expect(approve.status).toBe(200);
    expect((await client.payments.retrieve(payment.id)).status).toBe('succeeded');
    const receipt = await client.payments.receipt(payment.id);
    expect(receipt).toMatchObject({
      paymentId: payment.id,
      amount: dossier.feeTotal,
      dossierCode: dossier.code,
    });
  });
});
