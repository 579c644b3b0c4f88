/**
 * `POST /v1/agency/dossiers/{id}/<action>`: an official or an agency system acts on a dossier of
 * its agency (the table in agency/actions.ts). Each action is one commit: the dossier with its
 * progress entry (and result files), remembered under the caller's `Idempotency-Key` when given,
 * so a retry answers the dossier again instead of a 409; the webhook events follow from the commit.
 */
import type { Hono } from 'hono';
import { AGENCY_ACTIONS, type ActionBody, type AgencyAction } from '../agency/actions.js';
import { agencyCaller } from '../agency/caller.js';
import { agencyDossier } from '../agency/find.js';
import { AGENCY_CALLERS } from '../agency/scopes.js';
import { requireAuth } from '../auth/require-auth.js';
import { DOSSIER } from '../dossiers/own.js';
import { dossierResource } from '../dossiers/view.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import type { SandboxEnv } from '../internal/env.js';
import { idempotentRequest, rememberOps, replayOf } from '../internal/idempotency.js';
import { localeOf } from '../internal/locale.js';
import { notFound } from '../internal/problems.js';
import { param, route } from '../internal/routing.js';

/** Registers one route per agency action. */
export function agencyActionRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const auth = requireAuth(ctx.authenticator, { as: AGENCY_CALLERS, scope: 'agency.write' });
  for (const [name, action] of Object.entries(AGENCY_ACTIONS) as [string, AgencyAction][]) {
    route(app, `/v1/agency/dossiers/:dossierId/${name}`, {
      post: [
        auth,
        async (c) => {
          const caller = agencyCaller(c.get('principal'));
          const body = await readJsonBody<ActionBody>(c, action.schema, { optional: action.optionalBody });
          // Read the dossier after the last await, so the checks below and the commit see one state.
          const record = agencyDossier(ctx.store, caller.agencyId, param(c, 'dossierId'));
          const now = ctx.clock.now();
          const request = idempotentRequest(c, caller.key, body, false);
          const earlier = replayOf(ctx.store, request, now);
          if (earlier !== undefined) {
            const dossier = ctx.store.dossiers.get(earlier.resourceId);
            if (dossier === undefined) throw notFound(DOSSIER);
            c.header('Idempotent-Replayed', 'true');
            return c.json(dossierResource(dossier));
          }
          const en = localeOf(c.req.header('accept-language')) === 'en';
          const result = action.run(record, body, { caller, at: now, en });
          for (const blob of result.blobs) ctx.store.blobs.write(blob.sha256, blob.bytes);
          ctx.store.commit([
            ...result.ops,
            { op: 'dossier.put', value: { ...result.next, agencyHandled: true } },
            ...rememberOps(request, 200, result.next.id, now),
          ]);
          if (request !== undefined) c.header('Idempotent-Replayed', 'false');
          return c.json(dossierResource(result.next));
        },
      ],
    });
  }
}
