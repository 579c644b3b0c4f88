/** `GET /v1/procedures` (search, filters, pagination) and `GET /v1/procedures/{procedureCode}`. */
import { foldDiacritics, isProvinceCode } from '@dvc-kit/admin-units';
import { getProcedureDefinition } from '@dvc-kit/procedures';
import type { Hono } from 'hono';
import { getAgency, settles, type Agency } from '../catalogue/agencies.js';
import type { SandboxEnv } from '../internal/env.js';
import { procedureCatalogue, summarize, type CatalogueEntry } from '../catalogue/procedures.js';
import { paginate } from '../internal/pagination.js';
import { notFound } from '../internal/problems.js';
import { readQuery } from '../internal/query.js';
import { param, route } from '../internal/routing.js';
import { matchesAll, queryWords } from '../catalogue/search-text.js';

const PROCEDURE = { vi: 'thủ tục', en: 'Procedure' };

function filter(query: Record<string, unknown>): CatalogueEntry[] {
  const words = typeof query['q'] === 'string' ? queryWords(query['q']) : [];
  const field = typeof query['field'] === 'string' ? foldDiacritics(query['field']).trim() : undefined;
  const agencyLevel = query['agencyLevel'];
  let agency: Agency | undefined;
  if (typeof query['agency'] === 'string') {
    agency = getAgency(query['agency']);
    // An unknown agency settles nothing.
    if (agency === undefined) return [];
  }
  // Every reference procedure is offered in all 34 provinces; an unknown province offers none.
  if (typeof query['province'] === 'string' && !isProvinceCode(query['province'])) return [];
  return procedureCatalogue.filter(
    (entry) =>
      matchesAll(entry.text, words) &&
      (field === undefined || entry.field.split('\n').includes(field)) &&
      (query['level'] === undefined || entry.summary.onlineLevel === query['level']) &&
      (agencyLevel === undefined || entry.summary.agencyLevel === agencyLevel) &&
      (agency === undefined || settles(agency, entry.definition)),
  );
}

/** Registers the procedure routes. */
export function procedureRoutes(app: Hono<SandboxEnv>): void {
  route(app, '/v1/procedures', {
    get: [
      (c) => {
        const query = readQuery(c, '/v1/procedures', 'get');
        const { cursor, limit, ...filters } = query;
        const page = paginate(filter(query), {
          key: (entry) => entry.summary.code,
          cursor,
          limit,
          query: JSON.stringify(filters),
        });
        return c.json({ data: page.data.map((entry) => entry.summary), nextCursor: page.nextCursor });
      },
    ],
  });
  route(app, '/v1/procedures/:procedureCode', {
    get: [
      (c) => {
        const definition = getProcedureDefinition(param(c, 'procedureCode'));
        if (definition === undefined) throw notFound(PROCEDURE);
        return c.json({
          ...summarize(definition),
          version: definition.version,
          fees: definition.fees,
          documents: definition.documents,
          definition,
        });
      },
    ],
  });
}
