/** `GET /v1/agencies` (filters, search, pagination) and `GET /v1/agencies/{agencyId}`. */
import { getProcedureDefinition } from '@dvc-kit/procedures';
import type { Hono } from 'hono';
import { allAgencies, foldedAgencyName, getAgency, settles } from '../catalogue/agencies.js';
import type { SandboxEnv } from '../internal/env.js';
import { paginate } from '../internal/pagination.js';
import { notFound } from '../internal/problems.js';
import { readQuery } from '../internal/query.js';
import { param, route } from '../internal/routing.js';
import { matchesAll, queryWords } from '../catalogue/search-text.js';

/** Registers the agency routes. */
export function agencyRoutes(app: Hono<SandboxEnv>): void {
  route(app, '/v1/agencies', {
    get: [
      (c) => {
        const { cursor, limit, ...filters } = readQuery(c, '/v1/agencies', 'get');
        const words = typeof filters['q'] === 'string' ? queryWords(filters['q']) : [];
        // `procedure`: only the agencies that settle it (an unknown procedure is settled by none).
        const procedure =
          typeof filters['procedure'] === 'string' ? getProcedureDefinition(filters['procedure']) : undefined;
        const agencies = allAgencies().filter(
          (a) =>
            (filters['procedure'] === undefined || (procedure !== undefined && settles(a, procedure))) &&
            (filters['province'] === undefined || a.provinceCode === filters['province']) &&
            (filters['level'] === undefined || a.level === filters['level']) &&
            matchesAll(foldedAgencyName(a.id), words),
        );
        return c.json(
          paginate(agencies, { key: (a) => a.id, cursor, limit, query: JSON.stringify(filters) }),
        );
      },
    ],
  });
  route(app, '/v1/agencies/:agencyId', {
    get: [
      (c) => {
        const agency = getAgency(param(c, 'agencyId'));
        if (agency === undefined) throw notFound({ vi: 'cơ quan', en: 'Agency' });
        return c.json(agency);
      },
    ],
  });
}
