/**
 * Both sides answer the same about administrative-unit codes: `compileProcedure` with no options
 * checks commune codes against the 2025 list, as the sandbox does, so commune `99999` (the right
 * pattern, no such commune) is refused by both, with the same pointer and code, and a real one is
 * accepted by both. docs/decisions/0011-admin-unit-codes-contract.md.
 */
import type { Sandbox } from '@dvc-kit/sandbox';
import { compileProcedure, getProcedureDefinition } from '@dvc-kit/procedures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { birthDraft, validBirthData, withBirthDocuments, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const definition = getProcedureDefinition('birth-registration')!;

/** The valid sample with the birth place's commune replaced. */
function withBirthCommune(commune: string): Record<string, unknown> {
  const data = validBirthData() as { child: { birthPlace: { address: { commune: string } } } };
  data.child.birthPlace.address.commune = commune;
  return data;
}

/** Submits `data` to the sandbox as a citizen; the status and the issues (pointer and code). */
async function submitted(data: unknown, key: string) {
  const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
    as: 'citizen-an',
    json: await withBirthDocuments(sandbox, birthDraft),
  });
  expect(draft.status).toBe(201);
  const res = await call(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
    as: 'citizen-an',
    json: { data },
    headers: { 'idempotency-key': key },
  });
  return {
    status: res.status,
    issues: res.status === 422 ? res.body.error.issues?.map(({ pointer, code }) => ({ pointer, code })) : [],
  };
}

/** The issues `compileProcedure` finds, as pointer and code. */
function localIssues(data: unknown, options?: Parameters<typeof compileProcedure>[1]) {
  const result = compileProcedure(definition, options).validate(data);
  return result.ok ? [] : result.issues.map(({ pointer, code }) => ({ pointer, code }));
}

describe('commune codes, checked the same on both sides', () => {
  it('refuses commune 99999 in compileProcedure (no options) and in the sandbox, with the same issue', async () => {
    const data = withBirthCommune('99999');
    const local = localIssues(data);
    expect(local.map((issue) => issue.pointer)).toEqual(['/child/birthPlace/address/commune']);
    const remote = await submitted(data, 'k-99999');
    expect(remote.status).toBe(422);
    expect(remote.issues).toEqual(local);
  }, 30_000);

  it('accepts a real commune on both sides', async () => {
    const data = withBirthCommune('00070');
    expect(localIssues(data)).toEqual([]);
    expect((await submitted(data, 'k-00070')).status).toBe(200);
  }, 30_000);

  it('checks by pattern only when asked to (adminUnits: false), which the portal does not', () => {
    expect(localIssues(withBirthCommune('99999'), { adminUnits: false })).toEqual([]);
    expect(localIssues(withBirthCommune('7'), { adminUnits: false })).toEqual([
      { pointer: '/child/birthPlace/address/commune', code: 'format' },
    ]);
  });
});
