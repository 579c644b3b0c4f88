/** What happens to a dossier after the draft: submit (idempotent), withdraw, history. */
import type { Hono } from 'hono';
import { getAgency } from '../catalogue/agencies.js';
import { attachmentInUse, documentSourcesOf, isSubmitted } from '../attachments/own.js';
import { requireAuth } from '../auth/require-auth.js';
import { channelOf, documentRefIssues, missingDocumentIssues } from '../dossiers/documents.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import { definitionOf } from '../dossiers/drafts.js';
import { dossierIssues } from '../dossiers/validation.js';
import { dossierResource } from '../dossiers/view.js';
import type { SandboxEnv } from '../internal/env.js';
import { idempotentRequest, rememberOps, replayOf } from '../internal/idempotency.js';
import { localeOf } from '../internal/locale.js';
import { DOSSIER, ownDossier, ownerId } from '../dossiers/own.js';
import { dossierInvalid, dossierNotEditable, notFound } from '../internal/problems.js';
import { param, route } from '../internal/routing.js';
import { submitted } from '../dossiers/submission.js';
import { withdrawn } from '../dossiers/withdrawal.js';
import { rated, type RatingBody } from '../dossiers/rating.js';

/** Registers submit, withdraw, rating and history. */
export function dossierActionRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const auth = requireAuth(ctx.authenticator, { scope: 'dossiers' });

  route(app, '/v1/dossiers/:dossierId/submit', {
    post: [
      auth,
      async (c) => {
        const principal = c.get('principal');
        const owner = ownerId(principal);
        const body = await readJsonBody<{ data?: Record<string, unknown> }>(c, 'DossierSubmit', {
          optional: true,
        });
        // Read the dossier after the last await, so the checks below and the commit see one state.
        const record = ownDossier(ctx.store, principal, param(c, 'dossierId'));
        const request = idempotentRequest(c, owner, body, true);
        const earlier = replayOf(ctx.store, request, ctx.clock.now());
        if (earlier !== undefined) {
          const dossier = ctx.store.dossiers.get(earlier.resourceId);
          if (dossier === undefined) throw notFound(DOSSIER);
          c.header('Idempotent-Replayed', 'true');
          return c.json(dossierResource(dossier), 200);
        }
        if (record.status !== null) throw dossierNotEditable();
        const data = body.data ?? record.data;
        const definition = definitionOf(record.procedureCode);
        const now = ctx.clock.now();
        const locale = localeOf(c.req.header('accept-language'));
        const issues = [
          ...dossierIssues(definition, data, locale, now),
          ...documentRefIssues(
            definition,
            record.documents,
            documentSourcesOf(ctx.store, principal, channelOf(record.channel)),
            locale === 'en',
          ),
          ...missingDocumentIssues(
            definition,
            data,
            record.documents,
            locale === 'en',
            channelOf(record.channel),
          ),
        ];
        if (issues.length > 0) throw dossierInvalid(issues);
        if (record.documents.some((d) => isSubmitted(ctx.store, d))) throw attachmentInUse();
        const agency = getAgency(record.agencyId);
        const next = submitted({ ...record, data }, definition, agency, now, ctx.store, ctx.dossierCodeWidth);
        ctx.store.commit([{ op: 'dossier.put', value: next }, ...rememberOps(request, 200, next.id, now)]);
        c.header('Idempotent-Replayed', 'false');
        return c.json(dossierResource(next), 200);
      },
    ],
  });

  route(app, '/v1/dossiers/:dossierId/withdraw', {
    post: [
      auth,
      async (c) => {
        const body = await readJsonBody<{ reason?: string }>(c, 'DossierWithdraw', { optional: true });
        const principal = c.get('principal');
        const record = ownDossier(ctx.store, principal, param(c, 'dossierId'));
        const now = ctx.clock.now();
        const request = idempotentRequest(c, ownerId(principal), body, false);
        const earlier = replayOf(ctx.store, request, now);
        if (earlier !== undefined) {
          c.header('Idempotent-Replayed', 'true');
          return c.json(dossierResource(record));
        }
        const next = withdrawn(record, body.reason, now);
        ctx.store.commit([{ op: 'dossier.put', value: next }, ...rememberOps(request, 200, next.id, now)]);
        if (request !== undefined) c.header('Idempotent-Replayed', 'false');
        return c.json(dossierResource(next));
      },
    ],
  });

  route(app, '/v1/dossiers/:dossierId/rating', {
    post: [
      auth,
      async (c) => {
        const body = await readJsonBody<RatingBody>(c, 'DossierRatingCreate');
        const principal = c.get('principal');
        const record = ownDossier(ctx.store, principal, param(c, 'dossierId'));
        const now = ctx.clock.now();
        const request = idempotentRequest(c, ownerId(principal), body, false);
        if (replayOf(ctx.store, request, now) !== undefined) {
          c.header('Idempotent-Replayed', 'true');
          return c.json(dossierResource(record));
        }
        const next = rated(record, body, now);
        ctx.store.commit([{ op: 'dossier.put', value: next }, ...rememberOps(request, 200, next.id, now)]);
        if (request !== undefined) c.header('Idempotent-Replayed', 'false');
        return c.json(dossierResource(next));
      },
    ],
  });

  route(app, '/v1/dossiers/:dossierId/history', {
    get: [
      auth,
      (c) => {
        const record = ownDossier(ctx.store, c.get('principal'), param(c, 'dossierId'));
        return c.json({ data: record.history });
      },
    ],
  });
}
