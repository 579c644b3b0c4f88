import {
  AbortError,
  ConflictError,
  createClient,
  PortalError,
  RateLimitError,
  type Logger,
  type Middleware,
} from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { birthDraft, birthDraftWithDocuments, start } from './support/sandbox.js';

describe('.withResponse() and error headers', () => {
  it('gives the data with its Response, request id and Idempotent-Replayed, as openai-node does', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const draft = await client.dossiers.create(await birthDraftWithDocuments(client));
    const first = await client.dossiers.submit(draft.id, {}, { idempotencyKey: 'case-1' }).withResponse();
    expect(first.data.status).toBe(1);
    expect(first.response.status).toBe(200);
    expect(first.requestId).toMatch(/^req_/);
    expect(first.requestId).toBe(first.response.headers.get('x-request-id'));
    expect(first.replayed).toBe(false);
    const again = await client.dossiers.submit(draft.id, {}, { idempotencyKey: 'case-1' }).withResponse();
    expect(again.replayed).toBe(true);
    expect(again.data.id).toBe(draft.id);
    // Awaited directly, the same call is the data, as before.
    const plain = await client.dossiers.retrieve(draft.id);
    expect(plain.id).toBe(draft.id);
    const read = await client.dossiers.retrieve(draft.id).withResponse();
    expect(read.replayed).toBeUndefined();
    expect(read.response.headers.get('content-type')).toMatch(/json/);
  }, 20_000);

  it('carries the answer’s headers on errors, kept out of toJSON', async () => {
    const sandbox = await start();
    const limited: Middleware = (request, next) => {
      request.headers.set('x-sandbox-fault', 'rate-limit');
      return next(request);
    };
    const client = createClient({ baseUrl: sandbox.api, maxRetries: 0, middleware: [limited] });
    const error = (await client.agencies.retrieve('SBX.CA.00.T01').catch((e: unknown) => e)) as PortalError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.headers?.get('retry-after')).toMatch(/^\d+$/);
    expect(error.headers?.get('x-request-id')).toBe(error.requestId);
    expect(JSON.parse(JSON.stringify(error))).not.toHaveProperty('headers');
    const citizen = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const draft = await citizen.dossiers.create(await birthDraftWithDocuments(citizen));
    await citizen.dossiers.submit(draft.id);
    const conflict = (await citizen.dossiers.submit(draft.id).catch((e: unknown) => e)) as PortalError;
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.headers).toBeInstanceOf(Headers);
  });
});

describe('pagination', () => {
  it('resumes a list from a kept cursor, and pages with hasNextPage() / getNextPage()', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api });
    const all = (await client.adminUnits.communes('01', { limit: 100 }).toArray({ limit: 30 })).map(
      (c) => c.code,
    );
    const first = await client.adminUnits.communes('01', { limit: 10 });
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    expect(second.data.map((c) => c.code)).toEqual(all.slice(10, 20));
    // A job that stored `nextCursor` resumes where it stopped: awaited, iterated, by page.
    const kept = second.nextCursor!;
    const resumed = await client.adminUnits.communes('01', { limit: 10, cursor: kept });
    expect(resumed.data.map((c) => c.code)).toEqual(all.slice(20, 30));
    const iterated = await client.adminUnits
      .communes('01', { limit: 10, cursor: kept })
      .toArray({ limit: 10 });
    expect(iterated.map((c) => c.code)).toEqual(all.slice(20, 30));

    let page = await client.agencies.list({ limit: 100 });
    while (page.hasNextPage()) page = await page.getNextPage();
    expect(page.nextCursor).toBeNull();
    const error = await page.getNextPage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ code: 'no_next_page' });
  });

  it('filters dossiers by numeric status, like Dossier.status, and by draft', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const draft = await client.dossiers.create({ ...birthDraft });
    const filed = await client.dossiers.create(await birthDraftWithDocuments(client));
    await client.dossiers.submit(filed.id);
    const ids = async (status: Parameters<typeof client.dossiers.list>[0]): Promise<string[]> =>
      (await client.dossiers.list(status).toArray({ limit: 10 })).map((d) => d.id);
    expect(await ids({ status: 1 })).toEqual([filed.id]);
    expect(await ids({ status: [1, 2] })).toEqual([filed.id]);
    expect(await ids({ status: 'draft' })).toEqual([draft.id]);
    expect((await ids({ status: ['draft', 1] })).sort()).toEqual([draft.id, filed.id].sort());
    expect(await ids({ status: [9] })).toEqual([]);
  });

  it('stops yielding the page the moment the list’s signal is aborted', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api });
    const controller = new AbortController();
    const seen: string[] = [];
    const iterate = (async () => {
      for await (const commune of client.adminUnits.communes(
        '01',
        { limit: 20 },
        { signal: controller.signal },
      )) {
        seen.push(commune.code);
        controller.abort();
      }
    })();
    await expect(iterate).rejects.toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(1);
  });
});

describe('logging of retries', () => {
  it('logs a retry at warn, as the docs say', async () => {
    const sandbox = await start();
    const lines: string[] = [];
    const keep =
      (level: string) =>
      (message: string): void => {
        lines.push(`${level} ${message}`);
      };
    const logger: Logger = {
      debug: keep('debug'),
      info: keep('info'),
      warn: keep('warn'),
      error: keep('error'),
    };
    let n = 0;
    const once: Middleware = (request, next) => {
      if (++n === 1) request.headers.set('x-sandbox-fault', 'server-error');
      return next(request);
    };
    const client = createClient({
      baseUrl: sandbox.api,
      logger,
      logLevel: 'warn',
      backoff: { initialDelay: 10, maxDelay: 20 },
      middleware: [once],
    });
    await client.agencies.retrieve('SBX.CA.00.T01');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^warn GET \/v1\/agencies\/SBX\.CA\.00\.T01 retrying after injected_fault in \d+ms$/,
    );
  });
});
