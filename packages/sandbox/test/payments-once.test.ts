/**
 * Issue 15, item 1: a dossier's fees are paid once, whatever the Idempotency-Keys and however many
 * approvals race. Reproduced over HTTP: many payments created at once for one dossier under
 * different keys, then every one approved at once.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, manualClock } from '@dvc-kit/sandbox';
import { afterEach, describe, expect, it } from 'vitest';
import { MONDAY_9AM } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';
import { createPayment, decide, submittedBirth, type Payment } from './support/payments.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('paying a dossier once', () => {
  it('lets one payment be open per fee line: a second key gets a 409 pointing at the open one', async () => {
    const sandbox = await startSandbox({ clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });
    try {
      const dossier = await submittedBirth(sandbox, 'once-1');
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          createPayment(sandbox, { dossierId: dossier.id }, `once-key-${i}`),
        ),
      );
      const created = answers.filter((a) => a.status === 201);
      expect(created).toHaveLength(1);
      const open = created[0]?.body as Payment;
      for (const refused of answers.filter((a) => a.status !== 201)) {
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ error: { code: 'payment_pending' } });
        expect(refused.headers.get('location')).toBe(`/v1/payments/${open.id}`);
      }
      // Every key that got an answer is still honoured: approving everything collects the fee once.
      const decisions = await Promise.all(answers.map(() => decide(sandbox, open.id, 'approve')));
      expect(decisions.every((d) => d.status === 200 && d.body.status === 'succeeded')).toBe(true);
      const paidAgain = await createPayment(sandbox, { dossierId: dossier.id }, 'once-after');
      expect(paidAgain.status).toBe(409);
      expect(paidAgain.body).toMatchObject({ error: { code: 'nothing_to_pay' } });

      // A declined payment is closed: a new one can be made.
      const other = await submittedBirth(sandbox, 'once-2');
      const first = await createPayment(sandbox, { dossierId: other.id }, 'once-d1');
      expect((await decide(sandbox, first.body.id, 'decline')).body.status).toBe('failed');
      expect((await createPayment(sandbox, { dossierId: other.id }, 'once-d2')).status).toBe(201);
    } finally {
      await sandbox.close();
    }
  }, 30_000);

  it('settles exactly the fee total when payments for the same lines race to approval', async () => {
    // Two pending payments for one line can only exist in data an older sandbox wrote: make some.
    const dir = mkdtempSync(join(tmpdir(), 'dvc-sandbox-once-'));
    dirs.push(dir);
    const start = () =>
      createSandbox({ port: 0, dataDir: dir, clock: manualClock(MONDAY_9AM), lifecycle: { auto: false } });
    const first = await start();
    const dossier = await submittedBirth(first, 'race-1');
    const payment = (await createPayment(first, { dossierId: dossier.id }, 'race-key-1')).body;
    await first.close();
    const snapshotPath = join(dir, 'snapshot.json');
    const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as {
      ops: { op: string; value: { id: string; reference?: string } }[];
    };
    const stored = snapshot.ops.find((op) => op.op === 'payment.put' && op.value.id === payment.id);
    // Ten other ids: the original's with its last two hex digits changed, never to its own (with fixed
    // suffixes 00-09, one run in 26 copied the original's id and approved one payment twice).
    const suffixes = Array.from({ length: 11 }, (_, i) => i.toString(16).padStart(2, '0'))
      .filter((suffix) => !payment.id.endsWith(suffix))
      .slice(0, 10);
    const copies = suffixes.map((suffix) => ({
      op: 'payment.put',
      value: { ...stored?.value, id: `${payment.id.slice(0, -2)}${suffix}` },
    }));
    snapshot.ops.push(...copies);
    writeFileSync(snapshotPath, JSON.stringify(snapshot));

    const second = await start();
    try {
      const ids = [payment.id, ...copies.map((c) => c.value.id)];
      expect(new Set(ids).size).toBe(11);
      const decisions = await Promise.all(ids.map((id) => decide(second, id, 'approve')));
      const succeeded = decisions.filter((d) => d.status === 200);
      expect(succeeded).toHaveLength(1);
      for (const refused of decisions.filter((d) => d.status !== 200)) {
        expect(refused.status).toBe(409);
        expect(refused.body).toMatchObject({ error: { code: 'fees_already_paid' } });
      }
      let collected = 0;
      for (const id of ids) {
        const got = await call<Payment>(second, 'GET', `/v1/payments/${id}`, { as: 'citizen-an' });
        if (got.body.status === 'succeeded') collected += got.body.amount;
      }
      expect(collected).toBe(16_000);
    } finally {
      await second.close();
    }
  }, 30_000);
});
