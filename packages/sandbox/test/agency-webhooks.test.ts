/**
 * Issue 14: every agency action reaches webhook endpoints through the one event path, each body
 * checked against the contract: a status change per transition (counter filing included), a later
 * appointment date as `dossier.extended`, a rating as `dossier.rated`. An agency system registers
 * the endpoint with its own client-credentials token, and its endpoint receives its agency's
 * dossiers' events only.
 */
import { manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { act, ACTION_BODIES, agencySystemToken, BEN_THANH, filedAtCounter } from './support/agency.js';
import { MONDAY_9AM } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';
import { startReceiver, type Delivery, type Receiver } from './support/receiver.js';

let sandbox: Sandbox;
let receiver: Receiver;
beforeAll(async () => {
  sandbox = await startSandbox({ clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });
  receiver = await startReceiver();
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

it('sends one event per action, in order', { timeout: 60_000 }, async () => {
  const token = await agencySystemToken(sandbox, 'sandbox-agency-hoan-kiem', 'webhooks');
  const registered = await call(sandbox, 'POST', '/v1/webhook-endpoints', {
    as: token,
    json: { url: receiver.url, events: ['dossier.status_changed', 'dossier.extended', 'dossier.rated'] },
  });
  expect(registered.status).toBe(201);

  const id = (await filedAtCounter(sandbox)).body.id;
  for (const action of ['receive', 'start', 'extend', 'complete', 'return']) {
    const res = await act(sandbox, id, action, ACTION_BODIES[action]);
    expect(res.status, res.text).toBe(200);
  }
  const rated = await call(sandbox, 'POST', `/v1/dossiers/${id}/rating`, {
    as: 'citizen-an',
    json: { score: 5 },
  });
  expect(rated.status).toBe(200);

  const got: Delivery[] = [];
  for (let i = 0; i < 7; i++) got.push(await receiver.next());
  const summary = got.map((d) => {
    const data = d.body.data as { previousStatus?: number | null; dossier: { id: string; status: number } };
    expect(data.dossier.id).toBe(id);
    return `${d.body.type}:${data.previousStatus === undefined ? '' : String(data.previousStatus)}→${data.dossier.status}`;
  });
  expect(summary).toEqual([
    'dossier.status_changed:null→1',
    'dossier.status_changed:1→2',
    'dossier.status_changed:2→4',
    'dossier.extended:→4',
    'dossier.status_changed:4→9',
    'dossier.status_changed:9→10',
    'dossier.rated:→10',
  ]);
  expect((got[3]?.body.data as { previousAppointmentDate: string }).previousAppointmentDate).toBe(
    '2026-11-24T10:00:00.000Z',
  );
});

it("sends an agency system's endpoint its own agency's events only", { timeout: 60_000 }, async () => {
  const own = await startReceiver();
  try {
    const token = await agencySystemToken(sandbox, 'sandbox-agency-ben-thanh', 'webhooks');
    const registered = await call(sandbox, 'POST', '/v1/webhook-endpoints', {
      as: token,
      json: { url: own.url, events: ['dossier.status_changed'] },
    });
    expect(registered.status).toBe(201);
    const hoanKiem = (await filedAtCounter(sandbox)).body.id;
    const benThanh = (await filedAtCounter(sandbox, BEN_THANH)).body.id;
    expect(hoanKiem).not.toBe(benThanh);
    const first = await own.next();
    expect((first.body.data as { dossier: { id: string } }).dossier.id).toBe(benThanh);
  } finally {
    await own.close();
  }
});
