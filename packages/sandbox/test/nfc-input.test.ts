/** Issue 15, item 10: strings in a JSON body are normalised to NFC on input. */
import type { ErrorBody, Sandbox } from '@dvc-kit/sandbox';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { birthDraft, validBirthData, type Dossier } from './support/dossiers.js';
import { call, startSandbox } from './support/http.js';

const NFC_NAME = 'Nguyễn Minh Khang';
const NFD_NAME = NFC_NAME.normalize('NFD');

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ lifecycle: { auto: false } });
});
afterEach(async () => {
  await sandbox.close();
});

/** Birth data whose child's and mother's names are `name` and `mother`. */
function birthData(name: string, mother = 'Trần Thị Hoa'): Record<string, unknown> {
  const data = validBirthData();
  return {
    ...data,
    child: { ...(data['child'] as object), fullName: name },
    mother: { ...(data['mother'] as object), fullName: mother },
  };
}

const nameOf = (dossier: Dossier, who: 'child' | 'mother') =>
  (dossier.data[who] as { fullName: string }).fullName;

async function stored(id: string): Promise<Dossier> {
  return (await call<Dossier>(sandbox, 'GET', `/v1/dossiers/${id}`, { as: 'citizen-an' })).body;
}

describe('NFC on input', () => {
  it('stores a decomposed name composed on create and update', async () => {
    expect(NFD_NAME).not.toBe(NFC_NAME);
    const created = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: { ...birthDraft, data: birthData(NFD_NAME) },
    });
    expect(created.status).toBe(201);
    expect(nameOf(created.body, 'child')).toBe(NFC_NAME);
    expect(nameOf(await stored(created.body.id), 'child')).toBe(NFC_NAME);

    const mother = 'Trần Thị Hoà'.normalize('NFD');
    const updated = await call<Dossier>(sandbox, 'PATCH', `/v1/dossiers/${created.body.id}`, {
      as: 'citizen-an',
      json: { data: birthData(NFD_NAME, mother) },
    });
    expect(updated.status).toBe(200);
    expect(nameOf(updated.body, 'mother')).toBe('Trần Thị Hoà'.normalize('NFC'));
    expect(nameOf(await stored(created.body.id), 'mother')).toBe('Trần Thị Hoà'.normalize('NFC'));
  });

  it('composes on submit, so NFD and NFC bodies are the same keyed request', async () => {
    const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: birthDraft,
    });
    const submit = (name: string) =>
      call<Dossier>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
        as: 'citizen-an',
        json: { data: birthData(name) },
        headers: { 'idempotency-key': 'nfc-submit' },
      });
    const first = await submit(NFD_NAME);
    expect(first.status).toBe(200);
    expect(nameOf(first.body, 'child')).toBe(NFC_NAME);
    // The same request, written composed: a replay, not a 409 "another body under this key".
    const again = await submit(NFC_NAME);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.code).toBe(first.body.code);
  });

  it('composes on supplement', async () => {
    const draft = await call<Dossier>(sandbox, 'POST', '/v1/dossiers', {
      as: 'citizen-an',
      json: birthDraft,
    });
    await call(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/submit`, {
      as: 'citizen-an',
      json: { data: birthData(NFC_NAME) },
      headers: { 'idempotency-key': 'nfc-sup-submit' },
    });
    for (const status of [2, 4, 5]) {
      await call(sandbox, 'POST', `/v1/sandbox/dossiers/${draft.body.id}/advance`, {
        as: 'sandbox-admin',
        json: { status },
      });
    }
    const name = 'Lê Thị Ngọc Ánh';
    const res = await call<Dossier | ErrorBody>(sandbox, 'POST', `/v1/dossiers/${draft.body.id}/supplement`, {
      as: 'citizen-an',
      json: { note: 'Sửa tên mẹ.'.normalize('NFD'), data: birthData(NFC_NAME, name.normalize('NFD')) },
      headers: { 'idempotency-key': 'nfc-sup' },
    });
    expect(res.status).toBe(200);
    expect(nameOf(await stored(draft.body.id), 'mother')).toBe(name);
    const history = await call<{ data: { content: string }[] }>(
      sandbox,
      'GET',
      `/v1/dossiers/${draft.body.id}/history`,
      { as: 'citizen-an' },
    );
    expect(history.body.data.at(-1)?.content).toBe('Sửa tên mẹ.'.normalize('NFC'));
  });
});
