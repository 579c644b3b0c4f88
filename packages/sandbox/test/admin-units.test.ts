import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox, type Page } from './support/http.js';

interface Unit {
  code: string;
  name: string;
  provinceCode?: string;
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

describe('administrative units', () => {
  it('lists the 34 provinces', async () => {
    const res = await call<Page<Unit>>(sandbox, 'GET', '/v1/admin-units/provinces?limit=100');
    expect(res.body.data).toHaveLength(34);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.data[0]).toMatchObject({ code: '01', name: 'Thành phố Hà Nội' });
  });

  it('gets a province and a commune, and 404s unknown or pre-2025 codes', async () => {
    expect((await call<Unit>(sandbox, 'GET', '/v1/admin-units/provinces/79')).body.name).toBe(
      'Thành phố Hồ Chí Minh',
    );
    expect((await call(sandbox, 'GET', '/v1/admin-units/provinces/02')).status).toBe(404);
    const commune = await call<Unit>(sandbox, 'GET', '/v1/admin-units/communes/00070');
    expect(commune.body).toMatchObject({ name: 'Phường Hoàn Kiếm', provinceCode: '01' });
    expect((await call(sandbox, 'GET', '/v1/admin-units/communes/99999')).status).toBe(404);
  });

  it('pages through the communes of a province and searches them without diacritics', async () => {
    const codes: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page: { body: Page<Unit> } = await call<Page<Unit>>(
        sandbox,
        'GET',
        `/v1/admin-units/provinces/01/communes?limit=100${query}`,
      );
      codes.push(...page.body.data.map((c) => c.code));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(codes).toHaveLength(126);
    const found = await call<Page<Unit>>(sandbox, 'GET', '/v1/admin-units/provinces/01/communes?q=hoan+kiem');
    expect(found.body.data.map((c) => c.name)).toEqual(['Phường Hoàn Kiếm']);
    expect((await call(sandbox, 'GET', '/v1/admin-units/provinces/02/communes')).status).toBe(404);
  });

  it('maps an old address to its 2025 commune', async () => {
    const q = new URLSearchParams({ province: 'Hà Nội', district: 'Quận Ba Đình', ward: 'Phường Trúc Bạch' });
    const res = await call<{ status: string; candidates: { commune: Unit }[] }>(
      sandbox,
      'GET',
      `/v1/admin-units/old-addresses/lookup?${q.toString()}`,
    );
    expect(res.body.status).toBe('exact');
    expect(res.body.candidates[0]?.commune.code).toBe('00004');
    const missing = await call(sandbox, 'GET', '/v1/admin-units/old-addresses/lookup?ward=x');
    expect(missing.status).toBe(400);
    const none = await call<{ status: string; reason: string }>(
      sandbox,
      'GET',
      '/v1/admin-units/old-addresses/lookup?province=Atlantis&ward=x',
    );
    expect(none.body).toMatchObject({ status: 'not-found', reason: 'province-not-found' });
  });
});

describe('agencies', () => {
  it('lists agencies by province and level, and finds one by name', async () => {
    const provincial = await call<Page<{ id: string; level: string }>>(
      sandbox,
      'GET',
      '/v1/agencies?province=01&level=province',
    );
    expect(provincial.body.data).toEqual([
      expect.objectContaining({ id: 'SBX.CA.00.T01', level: 'province', kind: 'police' }),
    ]);
    const byName = await call<Page<{ id: string; kind: string }>>(
      sandbox,
      'GET',
      '/v1/agencies?province=01&q=hoan+kiem',
    );
    expect(byName.body.data.map((a) => [a.id, a.kind])).toEqual([
      ['SBX.CA.00070.T01', 'police'],
      ['SBX.UB.00070.T01', 'people-committee'],
    ]);
    const one = await call<{ communeCode: string }>(sandbox, 'GET', '/v1/agencies/SBX.UB.00070.T01');
    expect(one.body.communeCode).toBe('00070');
    expect((await call(sandbox, 'GET', '/v1/agencies/SBX.CA.00.T02')).status).toBe(404);
  });
});
