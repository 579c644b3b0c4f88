import { createClient, type Dossier, type Middleware } from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { birthDraftWithDocuments, start } from './support/sandbox.js';

/** A small seeded generator (mulberry32), so a failing run can be replayed. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inBatches<T, R>(items: readonly T[], size: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size)
    out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
  return out;
}

describe('exactly once under faults', () => {
  it('uploads, drafts and files N ≥ 200 dossiers concurrently through latency, 429, 5xx and dropped answers once each', async () => {
    const N = 200;
    const draw = seeded(20261123);
    const sandbox = await start({
      faults: {
        latencyMs: 25,
        latencyRate: 0.3,
        rateLimitRate: 0.1,
        retryAfterSeconds: 1,
        serverErrorRate: 0.1,
        dropAfterCommitRate: 0.2,
        // Uploads, drafts and submissions are all keyed, so every write runs through the faults.
        random: draw,
      },
    });
    const seen = { attempts: 0, dropped: 0, limited: 0, failed: 0, replayed: 0 };
    const observe: Middleware = async (request, next) => {
      if (request.method !== 'POST') return next(request);
      seen.attempts++;
      try {
        const response = await next(request);
        if (response.status === 429) seen.limited++;
        if (response.status >= 500) seen.failed++;
        if (response.headers.get('idempotent-replayed') === 'true') seen.replayed++;
        return response;
      } catch (error) {
        seen.dropped++;
        throw error;
      }
    };
    const client = createClient({
      baseUrl: sandbox.api,
      auth: 'sandbox-citizen-an',
      maxRetries: 15,
      backoff: { initialDelay: 50, maxDelay: 1000 },
      middleware: [observe],
    });
    // Each dossier files its own documents: one attachment belongs to one submitted dossier.
    const drafts = await inBatches(Array.from({ length: N }), 25, async () =>
      client.dossiers.create(await birthDraftWithDocuments(client)),
    );
    const submitted: Dossier[] = await Promise.all(drafts.map((d) => client.dossiers.submit(d.id)));

    expect(submitted.every((d) => d.status === 1)).toBe(true);
    const held = await client.dossiers.list({ limit: 100 }).toArray({ limit: 10 * N });
    const filed = held.filter((d) => d.status !== null);
    const ids = new Set(filed.map((d) => d.id));
    const codes = new Set(filed.map((d) => d.code));
    console.info(
      `exactly once: N=${N} submitted, sandbox holds ${filed.length} filed (${ids.size} ids, ${codes.size} codes), ` +
        `${held.length - filed.length} drafts left; ${seen.attempts} write attempts: ${seen.dropped} dropped ` +
        `after commit, ${seen.limited} rate-limited, ${seen.failed} server errors, ${seen.replayed} replayed`,
    );
    expect(filed.length).toBe(N);
    expect(ids.size).toBe(N);
    expect(codes.size).toBe(N);
    expect(held.length).toBe(N);
    expect(new Set(submitted.map((d) => d.id))).toEqual(new Set(drafts.map((d) => d.id)));
    const attachments = new Set(
      filed.flatMap((d) => d.documents.map((doc) => ('attachmentId' in doc ? doc.attachmentId : ''))),
    );
    expect(attachments.size).toBe(2 * N);
    // The faults did happen, so the test exercised the retries it is about.
    expect(seen.dropped).toBeGreaterThan(0);
    expect(seen.replayed).toBeGreaterThan(0);
    expect(seen.limited).toBeGreaterThan(0);
    expect(seen.failed).toBeGreaterThan(0);
  }, 120_000);
});
