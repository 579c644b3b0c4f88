/**
 * Controls that exist only in the sandbox: `POST /v1/sandbox/dossiers/{id}/advance` plays the
 * official's part (receive, refuse, request a supplement or a payment, stop, approve, return the
 * result), or, with `extension` instead of `status`, issues an apology slip with a new appointment
 * date. Uses the `sandbox-admin` token.
 */
import type { Hono } from 'hono';
import { requireAuth } from '../auth/require-auth.js';
import { getAgency } from '../catalogue/agencies.js';
import { dossierResource } from '../dossiers/view.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import type { SandboxEnv } from '../internal/env.js';
import { notFound } from '../internal/problems.js';
import { param, route } from '../internal/routing.js';
import { extended, type ExtensionRequest } from '../lifecycle/extension.js';
import { officialMove } from '../lifecycle/official-moves.js';
import { STATUS_TITLES } from '../lifecycle/statuses.js';
import type { DossierStatus } from '../store/records.js';

/** Registers the sandbox's admin controls. */
export function sandboxControlRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  route(app, '/v1/sandbox/dossiers/:dossierId/advance', {
    post: [
      requireAuth(ctx.authenticator, { as: 'admin' }),
      async (c) => {
        const body = await readJsonBody<
          { status: DossierStatus; note?: string } | { extension: ExtensionRequest }
        >(c, 'DossierAdvance');
        const record = ctx.store.dossiers.get(param(c, 'dossierId'));
        if (record === undefined) throw notFound({ vi: 'hồ sơ', en: 'Dossier' });
        const department = getAgency(record.agencyId)?.name.vi ?? record.agencyId;
        if ('extension' in body) {
          const handler = 'Cán bộ (sandbox)';
          const next = extended(record, body.extension, ctx.clock.now(), { handler, department });
          ctx.store.commit([{ op: 'dossier.put', value: next }]);
          return c.json(dossierResource(next));
        }
        const next = officialMove(record, body.status, ctx.clock.now(), {
          handler: 'Cán bộ (sandbox)',
          department,
          content: body.note ?? STATUS_TITLES[body.status].vi,
        });
        ctx.store.commit([{ op: 'dossier.put', value: next }]);
        return c.json(dossierResource(next));
      },
    ],
  });
}
