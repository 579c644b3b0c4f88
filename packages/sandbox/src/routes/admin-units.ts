/**
 * Administrative units: the 34 provinces, the communes of a province, one commune, and the
 * mapping of a pre-2025 address (`@dvc-kit/admin-units/legacy`).
 */
import { communesOf, foldDiacritics, getCommune, getProvince, provinces } from '@dvc-kit/admin-units';
import { mapOldAddress } from '@dvc-kit/admin-units/legacy';
import type { Hono } from 'hono';
import type { SandboxEnv } from '../internal/env.js';
import { paginate } from '../internal/pagination.js';
import { notFound } from '../internal/problems.js';
import { readQuery } from '../internal/query.js';
import { param, route } from '../internal/routing.js';
import { matchesAll, queryWords } from '../catalogue/search-text.js';

const PROVINCE = { vi: 'tỉnh, thành phố', en: 'Province' };
const COMMUNE = { vi: 'xã, phường, đặc khu', en: 'Commune' };

/** Registers the administrative-unit routes. */
export function adminUnitRoutes(app: Hono<SandboxEnv>): void {
  route(app, '/v1/admin-units/provinces', {
    get: [
      (c) => {
        const { cursor, limit } = readQuery(c, '/v1/admin-units/provinces', 'get');
        return c.json(paginate(provinces, { key: (p) => p.code, cursor, limit, query: 'provinces' }));
      },
    ],
  });
  route(app, '/v1/admin-units/provinces/:provinceCode', {
    get: [
      (c) => {
        const province = getProvince(param(c, 'provinceCode'));
        if (province === undefined) throw notFound(PROVINCE);
        return c.json(province);
      },
    ],
  });
  route(app, '/v1/admin-units/provinces/:provinceCode/communes', {
    get: [
      (c) => {
        const code = param(c, 'provinceCode');
        if (getProvince(code) === undefined) throw notFound(PROVINCE);
        const { cursor, limit, q } = readQuery(c, '/v1/admin-units/provinces/{provinceCode}/communes', 'get');
        const words = typeof q === 'string' ? queryWords(q) : [];
        const communes = [...communesOf(code)]
          .filter((commune) => matchesAll(foldDiacritics(commune.name), words))
          .sort((a, b) => (a.code < b.code ? -1 : 1));
        return c.json(
          paginate(communes, { key: (m) => m.code, cursor, limit, query: `${code}|${words.join(' ')}` }),
        );
      },
    ],
  });
  route(app, '/v1/admin-units/communes/:communeCode', {
    get: [
      (c) => {
        const commune = getCommune(param(c, 'communeCode'));
        if (commune === undefined) throw notFound(COMMUNE);
        return c.json(commune);
      },
    ],
  });
  route(app, '/v1/admin-units/old-addresses/lookup', {
    get: [
      (c) => {
        const query = readQuery(c, '/v1/admin-units/old-addresses/lookup', 'get');
        const match = mapOldAddress({
          province: String(query['province']),
          district: typeof query['district'] === 'string' ? query['district'] : undefined,
          ward: typeof query['ward'] === 'string' ? query['ward'] : '',
        });
        return c.json(match);
      },
    ],
  });
}
