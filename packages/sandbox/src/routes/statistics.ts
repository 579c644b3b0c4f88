/** `GET /v1/statistics`: service-quality indicators per agency or province over a period. */
import { isProvinceCode } from '@dvc-kit/admin-units';
import type { Hono } from 'hono';
import { requireAuth } from '../auth/require-auth.js';
import { getAgency } from '../catalogue/agencies.js';
import { statistics, type StatisticsQuery } from '../dossiers/statistics.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { invalidQuery } from '../internal/problems.js';
import { readQuery } from '../internal/query.js';
import { route } from '../internal/routing.js';

/** Registers the statistics route. */
export function statisticsRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  route(app, '/v1/statistics', {
    get: [
      requireAuth(ctx.authenticator, { as: 'client', scope: 'statistics' }),
      (c) => {
        const query = readQuery(c, '/v1/statistics', 'get') as unknown as StatisticsQuery;
        if (query.province !== undefined && !isProvinceCode(query.province)) throw invalidQuery('province');
        if (query.agency !== undefined && getAgency(query.agency) === undefined) throw invalidQuery('agency');
        if (query.to < query.from) throw invalidQuery('to');
        const paid = new Set<string>();
        for (const payment of ctx.store.payments.values()) {
          if (payment.status === 'succeeded') paid.add(payment.dossierId);
        }
        return c.json(statistics(ctx.store.dossiers.values(), query, paid));
      },
    ],
  });
}
