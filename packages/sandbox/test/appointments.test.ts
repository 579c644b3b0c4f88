import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { birthDraft, validBirthData, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

const open: Sandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

interface Entry {
  status: number;
  content: string;
  dueDate: string | null;
}

/** A sandbox whose official moves dossiers by hand, its clock at `start`. */
async function setUp(start: string) {
  const clock = manualClock(new Date(start));
  const sandbox = await startSandbox({ clock, lifecycle: { auto: false } });
  open.push(sandbox);
  const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', { as: 'citizen-an', json: birthDraft });
  const submitted = await call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
    as: 'citizen-an',
    json: { data: validBirthData() },
    headers: { 'idempotency-key': `appt-${start}` },
  });
  expect(submitted.status).toBe(200);
  const advance = (json: unknown) =>
    call<Dossier>(sandbox, 'POST', `/v1/sandbox/dossiers/${draft.body.id}/advance`, {
      as: 'sandbox-admin',
      json,
    });
  const history = async () =>
    (
      await call<{ data: Entry[] }>(sandbox, 'GET', `/v1/dossiers/${draft.body.id}/history`, {
        as: 'citizen-an',
      })
    ).body.data;
  return { clock, sandbox, submitted: submitted.body, advance, history };
}

describe('the appointment date', () => {
  it('is set on receipt (status 2), 1 working day for a birth, across Tết Bính Ngọ 2026', async () => {
    // Submitted Thursday 12/02/2026 at 14:00 in Vietnam, received Friday 13/02 at 10:00.
    const { clock, submitted, advance, history } = await setUp('2026-02-12T07:00:00Z');
    expect(submitted.appointmentDate).toBeNull();
    clock.advance(20 * 60 * 60_000);
    const received = await advance({ status: 2 });
    // Tết: off from Saturday 14 to Sunday 22 February; due Monday 23/02 at 17:00.
    expect(received.body.appointmentDate).toBe('2026-02-23T10:00:00.000Z');
    expect((await history()).map((e) => [e.status, e.dueDate])).toEqual([
      [1, null],
      [2, '2026-02-23T10:00:00.000Z'],
    ]);
  });

  it('runs across Tết Đinh Mùi 2027', async () => {
    // Received Thursday 04/02/2027 at 10:00: Friday 5 (eve) to Thursday 11 are off; due Friday 12/02.
    const { advance } = await setUp('2027-02-04T03:00:00Z');
    expect((await advance({ status: 2 })).body.appointmentDate).toBe('2027-02-12T10:00:00.000Z');
  });

  it('counts a birth received after 15:00 from the next working day', async () => {
    // Received Monday 23/11/2026 at 15:30: counts from Tuesday, due Wednesday 17:00.
    const { advance } = await setUp('2026-11-23T08:30:00Z');
    expect((await advance({ status: 2 })).body.appointmentDate).toBe('2026-11-25T10:00:00.000Z');
  });

  it('can be extended by the official with an apology slip and a later date', async () => {
    const { advance, history } = await setUp('2026-11-23T02:00:00Z');
    const early = await advance({
      extension: { appointmentDate: '2026-11-30T10:00:00.000Z', reason: 'Xác minh' },
    });
    expect(early.status).toBe(409);
    expect((await advance({ status: 2 })).body.appointmentDate).toBe('2026-11-24T10:00:00.000Z');
    await advance({ status: 4 });
    const notLater = await advance({
      extension: { appointmentDate: '2026-11-24T09:00:00.000Z', reason: 'Xác minh' },
    });
    expect(notLater.status).toBe(422);
    const both = await advance({
      status: 9,
      extension: { appointmentDate: '2026-11-30T10:00:00.000Z', reason: 'x' },
    });
    // A move and an extension at once break the body's contract (oneOf), and nothing moves.
    expect(both.status).toBe(422);
    const reason = 'Cần xác minh thông tin hôn nhân của cha, mẹ tại xã nơi đăng ký kết hôn.';
    const extended = await advance({ extension: { appointmentDate: '2026-11-27T10:00:00.000Z', reason } });
    expect(extended.status).toBe(200);
    expect(extended.body.status).toBe(4);
    expect(extended.body.appointmentDate).toBe('2026-11-27T10:00:00.000Z');
    const last = (await history()).at(-1);
    expect(last).toMatchObject({ status: 4, dueDate: '2026-11-27T10:00:00.000Z' });
    expect(last?.content).toBe(`Phiếu xin lỗi và hẹn lại ngày trả kết quả: ${reason}`);
    // Settled on Thursday 26/11, after the first date but before the new one.
    const settled = await advance({ status: 9 });
    expect(settled.body.appointmentDate).toBe('2026-11-27T10:00:00.000Z');
  });
});
