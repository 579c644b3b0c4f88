/**
 * Issue 14, item 2: `client.events` against the sandbox over real HTTP. An agency system follows
 * its agency's change feed with `for await`, keeps the cursor of the last event it handled, and a
 * later run (a new client, a restarted sandbox on the same data directory) resumes from that cursor
 * with exactly the events that came after, once each and in order, while other dossiers are written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AbortError, type FeedEvent, type PortalClient } from '@dvc-kit/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { agencySystem, start, validBirthData } from './support/sandbox.js';

const counterFiling = {
  procedureCode: '1.001193',
  applicant: { fullName: 'Nguyễn Văn An', personalId: '001090012345' },
  data: validBirthData(),
};

/** Files a dossier at the counter and receives it: two events. */
async function filedAndReceived(client: PortalClient): Promise<string> {
  const filed = await client.agency.dossiers.fileAtCounter(counterFiling);
  await client.agency.dossiers.receive(filed.id);
  return filed.id;
}

/** Every event after `after`, with the cursor to keep. */
async function readAll(
  client: PortalClient,
  after?: string,
): Promise<{ events: FeedEvent[]; cursor: string | undefined }> {
  const events: FeedEvent[] = [];
  for await (const event of client.events.list({ ...(after === undefined ? {} : { after }), limit: 2 }))
    events.push(event);
  return { events, cursor: events[events.length - 1]?.cursor ?? after };
}

const dossierOf = (event: FeedEvent) => (event.data as { dossier: { id: string; status: number } }).dossier;

describe('client.events', () => {
  it(
    'lists the agency feed across pages and resumes from a kept cursor under concurrent writes',
    { timeout: 60_000 },
    async () => {
      const sandbox = await start();
      const agency = agencySystem(sandbox.api);
      const other = agencySystem(sandbox.api, 'sandbox-agency-ben-thanh');
      const first = await filedAndReceived(agency);
      await filedAndReceived(other);

      const run1 = await readAll(agency);
      expect(run1.events.map((e) => `${dossierOf(e).id}:${dossierOf(e).status}`)).toEqual([
        `${first}:1`,
        `${first}:2`,
      ]);

      // Writes while a second run reads from the kept cursor: it sees each new event once, in order.
      const writes = Promise.all(Array.from({ length: 5 }, () => filedAndReceived(agency)));
      const during = await readAll(agency, run1.cursor);
      const ids = await writes;
      const after = await readAll(agency, during.cursor);
      const seen = [...during.events, ...after.events];
      expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
      expect(seen).toHaveLength(10);
      for (const id of ids)
        expect(seen.filter((e) => dossierOf(e).id === id).map((e) => dossierOf(e).status)).toEqual([1, 2]);
      const everything = await readAll(agency);
      expect(everything.events.map((e) => e.id)).toEqual([...run1.events, ...seen].map((e) => e.id));
    },
  );

  it('follows the feed until aborted', { timeout: 60_000 }, async () => {
    const sandbox = await start();
    const agency = agencySystem(sandbox.api);
    const stop = new AbortController();
    const got: FeedEvent[] = [];
    const following = (async () => {
      for await (const event of agency.events.follow({ interval: 20 }, { signal: stop.signal })) {
        got.push(event);
        if (got.length === 4) stop.abort();
      }
    })();
    await filedAndReceived(agency);
    await filedAndReceived(agency);
    await expect(following).rejects.toBeInstanceOf(AbortError);
    expect(got.map((e) => dossierOf(e).status)).toEqual([1, 2, 1, 2]);
  });
});

describe('across a sandbox restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dvc-sdk-events-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('resumes from the cursor kept before the restart', { timeout: 60_000 }, async () => {
    const before = await start({ inMemory: false, dataDir: dir });
    const client1 = agencySystem(before.api);
    await filedAndReceived(client1);
    const kept = (await readAll(client1)).cursor;
    const unread = await filedAndReceived(client1);
    await before.close();

    const after = await start({ inMemory: false, dataDir: dir });
    const client2 = agencySystem(after.api);
    const later = await client2.agency.dossiers.start(unread);
    const resumed = await readAll(client2, kept);
    expect(resumed.events.map((e) => `${dossierOf(e).id}:${dossierOf(e).status}`)).toEqual([
      `${unread}:1`,
      `${unread}:2`,
      `${later.id}:4`,
    ]);
  });
});
