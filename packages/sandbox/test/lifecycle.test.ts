import { createSandbox, manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { MONDAY_9AM, validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

const MINUTE = 60_000;
const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function start(options: Parameters<typeof startSandbox>[0]): Promise<Sandbox> {
  const sandbox = await startSandbox(options);
  open.push(sandbox);
  return sandbox;
}

async function submitted(sandbox: Sandbox, key: string): Promise<Dossier> {
  const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
    as: 'citizen-an',
    json: await withBirthDocuments(sandbox),
  });
  const res = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
    as: 'citizen-an',
    json: { data: validBirthData() },
    headers: { 'idempotency-key': key },
  });
  return res.body;
}

interface Entry {
  status: number;
  at: string;
  title: { vi: string };
}
const history = async (sandbox: Sandbox, id: string) =>
  (await call<{ data: Entry[] }>(sandbox, 'GET', `/v1/dossiers/${id}/history`, { as: 'citizen-an' })).body
    .data;
const statusOf = async (sandbox: Sandbox, id: string) =>
  (await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${id}`, { as: 'citizen-an' })).body.status;

describe('the lifecycle clock', () => {
  it('moves a dossier 1 → 2 → 4 → 9 → 10 as the clock advances', async () => {
    const clock = manualClock(MONDAY_9AM);
    const sandbox = await start({ clock });
    const dossier = await submitted(sandbox, 'life-1');
    clock.advance(5 * MINUTE - 1);
    expect(await statusOf(sandbox, dossier.id)).toBe(1);
    clock.advance(1);
    expect(await statusOf(sandbox, dossier.id)).toBe(2);
    clock.advance(15 * MINUTE);
    expect(await statusOf(sandbox, dossier.id)).toBe(4);
    clock.advance(60 * MINUTE);
    const processed = await call<Dossier & { completedAt: string }>(
      sandbox,
      'GET',
      `/v1/dossiers/${dossier.id}`,
      {
        as: 'citizen-an',
      },
    );
    expect(processed.body.status).toBe(9);
    expect(processed.body.completedAt).toBe(new Date(MONDAY_9AM.getTime() + 80 * MINUTE).toISOString());
    clock.advance(30 * MINUTE);
    expect(await statusOf(sandbox, dossier.id)).toBe(10);
    const entries = await history(sandbox, dossier.id);
    expect(entries.map((e) => e.status)).toEqual([1, 2, 4, 9, 10]);
    expect(entries[1]?.title.vi).toBe('Được tiếp nhận');
  });

  it('catches up several steps at once, each at its own time', async () => {
    const clock = manualClock(MONDAY_9AM);
    const sandbox = await start({ clock });
    const dossier = await submitted(sandbox, 'life-2');
    clock.advance(3 * 60 * MINUTE);
    const entries = await history(sandbox, dossier.id);
    expect(entries.map((e) => [e.status, (Date.parse(e.at) - MONDAY_9AM.getTime()) / MINUTE])).toEqual([
      [1, 0],
      [2, 5],
      [4, 20],
      [9, 80],
      [10, 110],
    ]);
  });

  it('runs faster with a speed-up factor', async () => {
    const clock = manualClock(MONDAY_9AM);
    const sandbox = await start({ clock, lifecycle: { speed: 60 } });
    const dossier = await submitted(sandbox, 'life-3');
    clock.advance(5_000);
    expect(await statusOf(sandbox, dossier.id)).toBe(2);
  });

  it('refuses a speed that is not positive', async () => {
    await expect(createSandbox({ port: 0, inMemory: true, lifecycle: { speed: 0 } })).rejects.toThrow(
      RangeError,
    );
  });
});

describe('the official, by hand', () => {
  it('requests a supplement; the citizen supplements; processing resumes', async () => {
    const clock = manualClock(MONDAY_9AM);
    const sandbox = await start({ clock, lifecycle: { auto: false } });
    const dossier = await submitted(sandbox, 'hand-1');
    clock.advance(24 * 60 * MINUTE);
    expect(await statusOf(sandbox, dossier.id)).toBe(1);
    const advance = (status: number, note?: string) =>
      call<Dossier>(sandbox, 'POST', `/v1/sandbox/dossiers/${dossier.id}/advance`, {
        as: 'sandbox-admin',
        json: { status, ...(note === undefined ? {} : { note }) },
      });
    expect((await advance(2)).body.status).toBe(2);
    expect((await advance(4)).body.status).toBe(4);
    expect((await advance(5, 'Đề nghị bổ sung bản sao giấy chứng sinh.')).body.status).toBe(5);
    const wrong = await call(sandbox, 'POST', `/v1/sandbox/dossiers/${dossier.id}/advance`, {
      as: 'sandbox-admin',
      json: { status: 10 },
    });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error.code).toBe('invalid_transition');

    const supplement = (json: unknown, key: string) =>
      call<Dossier>(sandbox, 'POST', `/v1/dossiers/${dossier.id}/supplement`, {
        as: 'citizen-an',
        json,
        headers: { 'idempotency-key': key },
      });
    const invalid = await call(sandbox, 'POST', `/v1/dossiers/${dossier.id}/supplement`, {
      as: 'citizen-an',
      json: { note: 'Sửa', data: { ...validBirthData(), declaration: false } },
      headers: { 'idempotency-key': 'sup-bad' },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.error.code).toBe('dossier_invalid');
    expect(await statusOf(sandbox, dossier.id)).toBe(5);
    const done = await supplement(
      { note: 'Đã bổ sung.', data: { ...validBirthData(), resultCopies: 1 } },
      'sup-1',
    );
    expect(done.body.status).toBe(4);
    expect(done.body.feeTotal).toBe(8_000);
    const again = await supplement(
      { note: 'Đã bổ sung.', data: { ...validBirthData(), resultCopies: 1 } },
      'sup-1',
    );
    expect(again.body).toEqual(done.body);
    const late = await call(sandbox, 'POST', `/v1/dossiers/${dossier.id}/supplement`, {
      as: 'citizen-an',
      json: { note: 'Lần nữa' },
      headers: { 'idempotency-key': 'sup-2' },
    });
    expect(late.status).toBe(409);
    expect((await history(sandbox, dossier.id)).map((e) => e.status)).toEqual([1, 2, 4, 5, 4]);
  });

  it('is only for the admin token', async () => {
    const sandbox = await start({ lifecycle: { auto: false } });
    const dossier = await submitted(sandbox, 'hand-2');
    const citizen = await call(sandbox, 'POST', `/v1/sandbox/dossiers/${dossier.id}/advance`, {
      as: 'citizen-an',
      json: { status: 2 },
    });
    expect(citizen.status).toBe(403);
    const missing = await call(sandbox, 'POST', '/v1/sandbox/dossiers/dos_000000000000000000000000/advance', {
      as: 'sandbox-admin',
      json: { status: 2 },
    });
    expect(missing.status).toBe(404);
  });
});
