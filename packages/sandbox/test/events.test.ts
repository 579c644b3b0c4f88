/**
 * Issue 14, item 2: the change feed over real HTTP. An agency reads its own dossiers' and payments'
 * events only, in commit order; a reader that stores a cursor and resumes from it (while other
 * requests write, and across a restart on the same data directory) sees every event once and in
 * order; a cursor of another agency or a tampered one is a 400.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, ACTION_BODIES, BEN_THANH, filedAtCounter, HOAN_KIEM } from './support/agency.js';
import { clientToken } from './support/clients.js';
import { MONDAY_9AM, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

interface FeedEvent {
  id: string;
  type: string;
  createdAt: string;
  cursor: string;
  data: { dossier?: Dossier; previousStatus?: number | null };
}
interface EventPage {
  data: FeedEvent[];
  nextCursor: string;
  hasMore: boolean;
}

async function page(sandbox: Pick<Sandbox, 'url'>, after?: string, limit = 3, as = HOAN_KIEM) {
  const query = new URLSearchParams({ limit: String(limit), ...(after === undefined ? {} : { after }) });
  return call<EventPage>(sandbox, 'GET', `/v1/events?${query.toString()}`, { as });
}

/** Reads the feed from `after` until it is caught up; returns the events and the cursor to keep. */
async function drain(
  sandbox: Pick<Sandbox, 'url'>,
  after?: string,
  as = HOAN_KIEM,
): Promise<{ events: FeedEvent[]; cursor: string | undefined }> {
  const events: FeedEvent[] = [];
  let cursor = after;
  for (;;) {
    const res = await page(sandbox, cursor, 3, as);
    expect(res.status, res.text).toBe(200);
    events.push(...res.body.data);
    cursor = res.body.nextCursor;
    if (!res.body.hasMore) return { events, cursor };
  }
}

/** A dossier filed at the counter and taken through `actions`. */
async function processed(sandbox: Pick<Sandbox, 'url'>, actions: readonly string[], as = HOAN_KIEM) {
  const filed = await filedAtCounter(sandbox, as);
  expect(filed.status, filed.text).toBe(201);
  for (const action of actions) {
    const res = await act(sandbox, filed.body.id, action, ACTION_BODIES[action], as);
    expect(res.status, res.text).toBe(200);
  }
  return filed.body.id;
}

const summary = (events: readonly FeedEvent[]) =>
  events.map(
    (e) =>
      `${e.data.dossier?.id ?? ''}:${e.type}:${String(e.data.previousStatus)}→${e.data.dossier?.status ?? ''}`,
  );

describe('the feed of one agency', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });
  });
  afterAll(() => sandbox.close());

  it("lists its dossiers' events in order, never another agency's", { timeout: 60_000 }, async () => {
    const mine = await processed(sandbox, ['receive', 'start']);
    const theirs = await processed(sandbox, ['receive'], BEN_THANH);
    const { events, cursor } = await drain(sandbox);
    expect(summary(events)).toEqual([
      `${mine}:dossier.status_changed:null→1`,
      `${mine}:dossier.status_changed:1→2`,
      `${mine}:dossier.status_changed:2→4`,
    ]);
    const other = await drain(sandbox, undefined, BEN_THANH);
    expect(other.events.map((e) => e.data.dossier?.id)).toEqual([theirs, theirs]);
    expect(other.events.every((e) => e.data.dossier?.agencyId === 'SBX.UB.26743.T79')).toBe(true);

    // Another agency's cursor, a tampered one and one past the end are refused, not misread.
    for (const bad of [
      other.cursor ?? '',
      'not-a-cursor',
      Buffer.from('{"v":1,"s":99,"a":"SBX.UB.00070.T01"}').toString('base64url'),
    ]) {
      const res = await page(sandbox, bad);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ error: { code: 'invalid_cursor' } });
    }
    // Caught up: nothing new, the same place to resume.
    const again = await page(sandbox, cursor);
    expect(again.body.data).toEqual([]);
    expect(again.body.hasMore).toBe(false);
    // A new event comes after the stored cursor.
    await act(sandbox, mine, 'extend', ACTION_BODIES['extend']);
    const next = await drain(sandbox, cursor);
    expect(next.events.map((e) => e.type)).toEqual(['dossier.extended']);
  });

  it('is for agencies only, with agency.read', async () => {
    expect((await call(sandbox, 'GET', '/v1/events')).status).toBe(401);
    const citizen = await call(sandbox, 'GET', '/v1/events', { as: 'citizen-an' });
    expect(citizen.status).toBe(403);
    const server = await call(sandbox, 'GET', '/v1/events', { as: await clientToken(sandbox, 'webhooks') });
    expect(server.status).toBe(403);
  });

  it(
    'resumed from stored cursors under concurrent writes, yields every event once and in order',
    { timeout: 120_000 },
    async () => {
      const start = (await drain(sandbox)).cursor;
      const seen: FeedEvent[] = [];
      let cursor = start;
      const state = { writing: true };
      const reader = (async () => {
        // Each page is a new "run" of a job that kept only the last cursor.
        while (state.writing || (await page(sandbox, cursor)).body.data.length > 0) {
          const res = await page(sandbox, cursor, 2);
          expect(res.status, res.text).toBe(200);
          seen.push(...res.body.data);
          const last = res.body.data[res.body.data.length - 1];
          // Resume from the last event's cursor half the time, from nextCursor the other half.
          cursor = last !== undefined && seen.length % 2 === 0 ? last.cursor : res.body.nextCursor;
        }
      })();
      const ids = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          processed(sandbox, i % 2 === 0 ? ['receive', 'start', 'complete', 'return'] : ['refuse']),
        ),
      );
      await Promise.all(Array.from({ length: 3 }, () => processed(sandbox, ['receive'], BEN_THANH)));
      state.writing = false;
      await reader;

      // Everything once, in the order a fresh read from the same start gives it.
      const fresh = (await drain(sandbox, start)).events;
      expect(seen.map((e) => e.id)).toEqual(fresh.map((e) => e.id));
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      expect(seen).toHaveLength(4 * 5 + 4 * 2);
      for (const id of ids) {
        const statuses = seen.filter((e) => e.data.dossier?.id === id).map((e) => e.data.dossier?.status);
        expect([
          [1, 2, 4, 9, 10],
          [1, 3],
        ]).toContainEqual(statuses);
      }
    },
  );
});

describe('across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-events-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });
  const open = () =>
    createSandbox({ port: 0, dataDir: dir, clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });

  it('resumes from a stored cursor with the events after it, once each', { timeout: 60_000 }, async () => {
    const first = await open();
    const before = await processed(first, ['receive']);
    const read = await drain(first);
    expect(read.events).toHaveLength(2);
    await processed(first, ['receive', 'start']); // not read before the restart
    await first.close();

    const second = await open();
    try {
      await act(second, before, 'start', {});
      const resumed = await drain(second, read.cursor);
      expect(resumed.events.map((e) => e.type)).toEqual(Array(4).fill('dossier.status_changed'));
      expect(resumed.events[3]?.data.dossier?.id).toBe(before);
      const all = (await drain(second)).events;
      expect(all.map((e) => e.id)).toEqual([...read.events, ...resumed.events].map((e) => e.id));
    } finally {
      await second.close();
    }
  });
});
