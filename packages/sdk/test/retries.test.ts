import {
  AbortError,
  ConflictError,
  ConnectionError,
  createClient,
  NotFoundError,
  RateLimitError,
  ServerError,
  TimeoutError,
  type Middleware,
  type PortalClient,
} from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { birthDraft, birthDraftWithDocuments, pdfBytes, start } from './support/sandbox.js';

/** Counts attempts, and asks the sandbox for `fault` on the attempts `faulty(n)` picks (n from 1). */
function faultOn(
  fault: string,
  faulty: (attempt: number) => boolean,
): { attempts: () => number; middleware: Middleware } {
  let n = 0;
  return {
    attempts: () => n,
    middleware: (request, next) => {
      n++;
      if (faulty(n)) request.headers.set('x-sandbox-fault', fault);
      return next(request);
    },
  };
}

const fast = { backoff: { initialDelay: 10, maxDelay: 50 } };

/** Records each attempt's Idempotency-Key and `Idempotent-Replayed` answer. */
function keyRecorder(): { keys: (string | null)[]; replayed: (string | null)[]; middleware: Middleware } {
  const keys: (string | null)[] = [];
  const replayed: (string | null)[] = [];
  return {
    keys,
    replayed,
    middleware: async (request, next) => {
      keys.push(request.headers.get('idempotency-key'));
      const response = await next(request);
      replayed.push(response.headers.get('idempotent-replayed'));
      return response;
    },
  };
}

/** A client of citizen An whose first attempt's answer is lost after the commit. */
function droppingFirstAnswer(api: string): { client: PortalClient; seen: ReturnType<typeof keyRecorder> } {
  const fault = faultOn('drop-after-commit', (n) => n === 1);
  const seen = keyRecorder();
  const middleware = [fault.middleware, seen.middleware];
  return { client: createClient({ baseUrl: api, auth: 'sandbox-citizen-an', ...fast, middleware }), seen };
}

describe('retries', () => {
  it('retries a GET after a 5xx and succeeds', async () => {
    const sandbox = await start();
    const fault = faultOn('server-error', (n) => n === 1);
    const client = createClient({ baseUrl: sandbox.api, ...fast, middleware: [fault.middleware] });
    expect((await client.agencies.retrieve('SBX.CA.00.T01')).id).toBe('SBX.CA.00.T01');
    expect(fault.attempts()).toBe(2);
  });

  it('gives up after maxRetries with the last error', async () => {
    const sandbox = await start();
    const fault = faultOn('server-error', () => true);
    const client = createClient({
      baseUrl: sandbox.api,
      ...fast,
      maxRetries: 3,
      middleware: [fault.middleware],
    });
    const error = await client.procedures.retrieve('1.001193').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(error).toMatchObject({ status: 500, code: 'injected_fault', retryable: true });
    expect(fault.attempts()).toBe(4);
  });

  it('does not retry a POST without an Idempotency-Key, even when its answer is lost', async () => {
    const sandbox = await start();
    const fault = faultOn('drop-after-commit', () => true);
    const client = createClient({
      baseUrl: sandbox.api,
      auth: 'sandbox-citizen-an',
      ...fast,
      middleware: [fault.middleware],
    });
    const unkeyed = client.request({ method: 'POST', path: '/dossiers', body: { ...birthDraft } });
    await expect(unkeyed).rejects.toBeInstanceOf(ConnectionError);
    expect(fault.attempts()).toBe(1);
    // The draft was committed: this is why writes that matter carry a key.
    const plain = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    expect(await plain.dossiers.list().toArray({ limit: 5 })).toHaveLength(1);
  });

  it('retries a draft, an upload and a withdrawal whose answers were lost: each acts once', async () => {
    const sandbox = await start();
    const plain = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const { client, seen } = droppingFirstAnswer(sandbox.api);
    const draft = await client.dossiers.create({ ...birthDraft });
    expect(seen.keys).toHaveLength(2);
    expect(seen.keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(seen.keys[0]).toBe(seen.keys[1]);
    expect(seen.replayed).toEqual(['true']);
    expect((await plain.dossiers.list().toArray({ limit: 5 })).map((d) => d.id)).toEqual([draft.id]);

    const upload = droppingFirstAnswer(sandbox.api);
    const file = new File([pdfBytes()], 'to-khai.pdf', { type: 'application/pdf' });
    const uploaded = await upload.client.attachments
      // No pre-check, so the first request is the upload, whose answer is lost.
      .upload({ file, procedureCode: '1.001193', documentCode: 'TO-KHAI', precheck: false })
      .withResponse();
    expect(uploaded.replayed).toBe(true);
    expect(upload.seen.keys).toHaveLength(2);
    expect(upload.seen.keys[0]).toBe(upload.seen.keys[1]);
    expect((await plain.attachments.retrieve(uploaded.data.id)).sha256).toBe(uploaded.data.sha256);

    const filed = await plain.dossiers.create(await birthDraftWithDocuments(plain));
    await plain.dossiers.submit(filed.id);
    const withdrawal = droppingFirstAnswer(sandbox.api);
    const withdrawn = await withdrawal.client.dossiers.withdraw(filed.id, { reason: 'Nộp nhầm' });
    expect(withdrawn.status).toBe(7);
    expect(withdrawal.seen.replayed).toEqual(['true']);
    expect(withdrawal.seen.keys[0]).toBe(withdrawal.seen.keys[1]);
    const history = await plain.dossiers.history(filed.id);
    expect(history.filter((entry) => entry.status === 7)).toHaveLength(1);
  });

  it('retries a keyed submit whose answer was lost, and gets the committed dossier back', async () => {
    const sandbox = await start();
    const plain = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const draft = await plain.dossiers.create(await birthDraftWithDocuments(plain));
    const { client, seen } = droppingFirstAnswer(sandbox.api);
    const submitted = await client.dossiers.submit(draft.id);
    expect(submitted.status).toBe(1);
    expect(seen.keys).toHaveLength(2);
    expect(seen.keys[0]).toBe(seen.keys[1]);
    expect(seen.replayed).toEqual(['true']);
  });

  it('retries a payment creation whose answer was lost with the same key: one payment', async () => {
    const sandbox = await start();
    const plain = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const draft = await plain.dossiers.create(await birthDraftWithDocuments(plain));
    await plain.dossiers.submit(draft.id);
    const { client, seen } = droppingFirstAnswer(sandbox.api);
    const payment = await client.payments.create({ dossierId: draft.id });
    expect(seen.keys).toHaveLength(2);
    expect(seen.keys[0]).toBe(seen.keys[1]);
    // The retry got the payment committed by the first attempt, not a second one.
    expect(seen.replayed).toEqual(['true']);
    expect((await plain.payments.retrieve(payment.id)).status).toBe('pending');
  });

  it('never retries a 409 or a 404', async () => {
    const sandbox = await start();
    let attempts = 0;
    const client = createClient({
      baseUrl: sandbox.api,
      auth: 'sandbox-citizen-an',
      ...fast,
      middleware: [(r, next) => (attempts++, next(r))],
    });
    const draft = await client.dossiers.create({ ...birthDraft });
    attempts = 0;
    await expect(client.dossiers.withdraw(draft.id, {}, { idempotencyKey: 'k-1' })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(attempts).toBe(1);
    attempts = 0;
    await expect(client.dossiers.retrieve('dos_000000000000000000000000')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(attempts).toBe(1);
  });

  it('waits out a 429 and succeeds, and raises RateLimitError with the wait when retries run out', async () => {
    const sandbox = await start({ faults: { retryAfterSeconds: 1 } });
    const once = faultOn('rate-limit', (n) => n === 1);
    const client = createClient({ baseUrl: sandbox.api, middleware: [once.middleware] });
    expect((await client.procedures.list({ limit: 1 })).data).toHaveLength(1);
    expect(once.attempts()).toBe(2);

    const always = faultOn('rate-limit', () => true);
    const limited = createClient({ baseUrl: sandbox.api, maxRetries: 1, middleware: [always.middleware] });
    const error = await limited.procedures.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 1000 });
    expect(always.attempts()).toBe(2);
  });

  it('does not wait longer than maxRetryAfter: it raises RateLimitError at once', async () => {
    const sandbox = await start({ faults: { retryAfterSeconds: 120 } });
    const fault = faultOn('rate-limit', () => true);
    const client = createClient({
      baseUrl: sandbox.api,
      maxRetryAfter: 60_000,
      middleware: [fault.middleware],
    });
    const error = await client.procedures.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(120_000);
    expect(fault.attempts()).toBe(1);
  });

  it('never replays a body it cannot read again (a stream), but does replay a Blob', async () => {
    const sandbox = await start();
    const body = JSON.stringify({ ...birthDraft });
    const stream = faultOn('server-error', () => true);
    const client = createClient({
      baseUrl: sandbox.api,
      auth: 'sandbox-citizen-an',
      ...fast,
      middleware: [stream.middleware],
    });
    const streamed = client.request(
      {
        method: 'POST',
        path: '/dossiers',
        contentType: 'application/json',
        rawBody: new Blob([body]).stream(),
      },
      { idempotencyKey: 'stream-1' },
    );
    await expect(streamed).rejects.toBeInstanceOf(ServerError);
    expect(stream.attempts()).toBe(1);

    const blob = faultOn('server-error', (n) => n === 1);
    const again = createClient({
      baseUrl: sandbox.api,
      auth: 'sandbox-citizen-an',
      ...fast,
      middleware: [blob.middleware],
    });
    const created = await again.request<{ id: string }>(
      { method: 'POST', path: '/dossiers', contentType: 'application/json', rawBody: new Blob([body]) },
      { idempotencyKey: 'blob-1' },
    );
    expect(created.id).toMatch(/^dos_/);
    expect(blob.attempts()).toBe(2);
  });
});

describe('timeouts and cancellation', () => {
  it('times out an attempt and retries it', async () => {
    // The slow attempt takes 3 s; the limit leaves a loaded machine ample time for the others.
    const sandbox = await start({ faults: { latencyMs: 3000, latencyRate: 0 } });
    const fault = faultOn('latency', (n) => n === 1);
    const client = createClient({
      baseUrl: sandbox.api,
      timeout: 1000,
      maxRetries: 4,
      ...fast,
      middleware: [fault.middleware],
    });
    expect((await client.adminUnits.province('01')).code).toBe('01');
    expect(fault.attempts()).toBe(2);
  });

  it('fails with TimeoutError at the overall deadline, retries included', async () => {
    const sandbox = await start();
    // The first attempt gets a real 500 from the sandbox; the retry is held until its signal aborts,
    // so only the 150 ms deadline can end the call (no race against a server-side delay).
    const fault = faultOn('server-error', (n) => n === 1);
    const hang: Middleware = (request, next) =>
      fault.attempts() === 1
        ? next(request)
        : new Promise<Response>((_, reject) => {
            request.signal.addEventListener('abort', () => {
              reject(request.signal.reason as Error);
            });
          });
    const client = createClient({
      baseUrl: sandbox.api,
      ...fast,
      timeout: 60_000,
      deadline: 150,
      middleware: [fault.middleware, hang],
    });
    const error = await client.procedures.retrieve('1.001193').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'deadline', retryable: false });
    expect(fault.attempts()).toBe(2);
  });

  it('fails with TimeoutError at the deadline while waiting to retry, without sending again', async () => {
    const sandbox = await start();
    // Every attempt gets a real 500; the backoff before the retry (at least 60 s) outlasts the
    // 300 ms deadline, so the call ends at the deadline, during the wait, after one attempt.
    const fault = faultOn('server-error', () => true);
    const client = createClient({
      baseUrl: sandbox.api,
      backoff: { initialDelay: 120_000, maxDelay: 120_000 },
      deadline: 300,
      middleware: [fault.middleware],
    });
    const random = Math.random;
    Math.random = () => 0.5;
    try {
      const error = await client.procedures.retrieve('1.001193').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TimeoutError);
      expect(error).toMatchObject({ code: 'deadline', retryable: false });
    } finally {
      Math.random = random;
    }
    expect(fault.attempts()).toBe(1);
  });

  it('stops on the caller’s signal: a call, a page iteration, an upload', async () => {
    const sandbox = await start({ faults: { latencyMs: 1000, latencyRate: 0 } });
    const slow: Middleware = (request, next) => {
      request.headers.set('x-sandbox-fault', 'latency');
      return next(request);
    };
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an', middleware: [slow] });
    const controller = new AbortController();
    const call = client.procedures.retrieve('1.001193', { signal: controller.signal });
    setTimeout(() => {
      controller.abort();
    }, 20);
    await expect(call).rejects.toBeInstanceOf(AbortError);

    const plain = createClient({ baseUrl: sandbox.api });
    const pages = new AbortController();
    const seen: string[] = [];
    const iterate = (async () => {
      for await (const p of plain.procedures.list({ limit: 1 }, { signal: pages.signal })) {
        seen.push(p.code);
        pages.abort();
      }
    })();
    await expect(iterate).rejects.toBeInstanceOf(AbortError);
    expect(seen).toHaveLength(1);

    const upload = new AbortController();
    upload.abort();
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'a.pdf', { type: 'application/pdf' });
    const uploading = client.attachments.upload(
      { file, procedureCode: '1.001193', documentCode: 'TO-KHAI', precheck: false },
      { signal: upload.signal },
    );
    await expect(uploading).rejects.toBeInstanceOf(AbortError);
  });
});

describe('middleware', () => {
  it('runs per-call middleware inside the client’s, once per attempt', async () => {
    const sandbox = await start();
    const order: string[] = [];
    const fault = faultOn('server-error', (n) => n === 1);
    const client = createClient({
      baseUrl: sandbox.api,
      ...fast,
      middleware: [
        (request, next) => {
          order.push('client');
          return next(request);
        },
        fault.middleware,
      ],
    });
    await client.adminUnits.provinces().toArray({ limit: 1 });
    await client.adminUnits.province('01', {
      middleware: [
        (request, next) => {
          order.push('call');
          return next(request);
        },
      ],
    });
    expect(order).toEqual(['client', 'client', 'client', 'call']);
  });
});
