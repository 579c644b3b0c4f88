import type { Sandbox } from '@dvc-kit/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, startSandbox, type Page } from './support/http.js';

interface Summary {
  code: string;
  slug: string;
  name: { vi: string; en: string };
  onlineLevel: number;
  agencyLevel: string;
}

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(() => sandbox.close());

const codes = async (query: string) =>
  (await call<Page<Summary>>(sandbox, 'GET', `/v1/procedures${query}`)).body.data.map((p) => p.code);

describe('GET /v1/procedures', () => {
  it('lists every reference procedure in code order', async () => {
    const all = await codes('?limit=100');
    expect(all).toHaveLength(6);
    expect([...all].sort()).toEqual(all);
    expect(all).toContain('1.001193');
  });

  it('searches without diacritics or case', async () => {
    expect(await codes('?q=dang+ky+khai+sinh')).toEqual(['1.001193']);
    expect(await codes(`?q=${encodeURIComponent('ĐĂNG KÝ KHAI SINH')}`)).toEqual(['1.001193']);
    expect(await codes('?q=birth+registration')).toEqual(['1.001193']);
    expect(await codes('?q=ly+lich+tu+phap')).toEqual(['3.000333']);
    expect(await codes('?q=1.004222')).toEqual(['1.004222']);
    expect(await codes('?q=khong+co+thu+tuc+nay')).toEqual([]);
  });

  it('filters by field, online level, agency level, agency and province', async () => {
    const civil = await codes('?field=ho+tich');
    expect(civil).toContain('1.001193');
    expect(civil).not.toContain('1.001612');
    // The old level 3 is the alias of "partial": residence (the Phú Thọ police page says "Một phần").
    expect(await codes('?level=3')).toEqual(['1.004222']);
    expect(await codes('?agencyLevel=province')).toEqual(['3.000333']);
    // Agencies settle per procedure: the provincial police judicial records, the commune police
    // residence, the People's Committee civil status and household businesses.
    expect(await codes('?agency=SBX.CA.00.T79')).toEqual(['3.000333']);
    expect(await codes('?agency=SBX.CA.00070.T01')).toEqual(['1.004222']);
    expect(await codes('?agency=SBX.UB.00070.T01')).toEqual(['1.000656', '1.000894', '1.001193', '1.001612']);
    expect(await codes('?agency=SBX.UB.00070.T01&q=khai+sinh')).toEqual(['1.001193']);
    expect(await codes('?agency=SBX.UB.99999.T01')).toEqual([]);
    expect(await codes('?province=79&limit=100')).toHaveLength(6);
    expect(await codes('?province=02')).toEqual([]);
  });

  it('pages with an opaque cursor until nextCursor is null', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const query: string = cursor === '' ? '?limit=4' : `?limit=4&cursor=${encodeURIComponent(cursor)}`;
      const res: Awaited<ReturnType<typeof call<Page<Summary>>>> = await call<Page<Summary>>(
        sandbox,
        'GET',
        `/v1/procedures${query}`,
      );
      seen.push(...res.body.data.map((p) => p.code));
      cursor = res.body.nextCursor;
      pages++;
    }
    expect(pages).toBe(2);
    expect(seen).toEqual(await codes('?limit=100'));
  });

  it('refuses a tampered cursor or one from another query', async () => {
    const first = await call<Page<Summary>>(sandbox, 'GET', '/v1/procedures?limit=2');
    const cursor = encodeURIComponent(first.body.nextCursor ?? '');
    const other = await call(sandbox, 'GET', `/v1/procedures?limit=2&level=4&cursor=${cursor}`);
    expect(other.status).toBe(400);
    expect(other.body.error.code).toBe('invalid_cursor');
    const tampered = await call(sandbox, 'GET', '/v1/procedures?cursor=not-a-cursor');
    expect(tampered.body.error.code).toBe('invalid_cursor');
  });
});

describe('GET /v1/procedures/{procedureCode}', () => {
  it('answers the procedure with its form definition, by code or slug', async () => {
    const res = await call<{ code: string; version: string; fees: unknown[]; definition: { slug: string } }>(
      sandbox,
      'GET',
      '/v1/procedures/1.001193',
    );
    expect(res.status).toBe(200);
    expect(res.body.definition.slug).toBe('birth-registration');
    expect(res.body.fees.length).toBeGreaterThan(0);
    const bySlug = await call<{ code: string }>(sandbox, 'GET', '/v1/procedures/birth-registration');
    expect(bySlug.body.code).toBe('1.001193');
  });

  it('answers 404 for an unknown procedure', async () => {
    const res = await call(sandbox, 'GET', '/v1/procedures/9.999999');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toEqual({ vi: 'Không tìm thấy thủ tục.', en: 'Procedure not found.' });
  });
});
