/**
 * `GET /v1/events`: the change feed of the caller's agency (officials and agency systems, scope
 * `agency.read`), oldest first, resumable from any event's `cursor` or a page's `nextCursor`.
 */
import type { Hono } from 'hono';
import { agencyCaller } from '../agency/caller.js';
import { AGENCY_CALLERS } from '../agency/scopes.js';
import { requireAuth } from '../auth/require-auth.js';
import { feedPage } from '../events/feed.js';
import type { AppContext } from '../internal/app-context.js';
import type { SandboxEnv } from '../internal/env.js';
import { DEFAULT_LIMIT } from '../internal/pagination.js';
import { readQuery } from '../internal/query.js';
import { route } from '../internal/routing.js';

/** Registers the change feed. */
export function eventRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  route(app, '/v1/events', {
    get: [
      requireAuth(ctx.authenticator, { as: AGENCY_CALLERS, scope: 'agency.read' }),
      (c) => {
        const { agencyId } = agencyCaller(c.get('principal'));
        const { after, limit } = readQuery(c, '/v1/events', 'get');
        const page = feedPage(ctx.store.events, {
          agencyId,
          after: typeof after === 'string' ? after : undefined,
          limit: typeof limit === 'number' ? limit : DEFAULT_LIMIT,
        });
        c.header('Cache-Control', 'no-store');
        return c.json(page);
      },
    ],
  });
}
