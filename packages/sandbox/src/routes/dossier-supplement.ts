/**
 * `POST /v1/dossiers/{id}/supplement`: the citizen answers a supplement request (status 5) with
 * corrected data and documents; the data and documents are checked by submit's rules (the new
 * documents together with those the dossier holds: no attachment twice, no second file for a
 * one-file component, none held by another submitted dossier), the fee lines are worked out
 * again, and processing resumes (status 4). Requires an `Idempotency-Key`, like submit.
 */
import { computeFees } from '@dvc-kit/procedures';
import type { Hono } from 'hono';
import { attachmentInUse, documentSourcesOf, isSubmitted } from '../attachments/own.js';
import { requireAuth } from '../auth/require-auth.js';
import { channelOf, documentRefIssues, missingDocumentIssues } from '../dossiers/documents.js';
import { definitionOf } from '../dossiers/drafts.js';
import { DOSSIER, ownDossier, ownerId } from '../dossiers/own.js';
import { dossierIssues } from '../dossiers/validation.js';
import { dossierResource } from '../dossiers/view.js';
import { ApiError } from '../errors.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import type { SandboxEnv } from '../internal/env.js';
import { idempotentRequest, rememberOps, replayOf } from '../internal/idempotency.js';
import { localeOf } from '../internal/locale.js';
import { dossierInvalid, invalidBody, notFound } from '../internal/problems.js';
import { param, route } from '../internal/routing.js';
import { transition } from '../lifecycle/transition.js';
import type { DossierDocumentRef } from '../store/records.js';

interface SupplementBody {
  note: string;
  data?: Record<string, unknown>;
  documents?: DossierDocumentRef[];
}

/** Registers the supplement route. */
export function dossierSupplementRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  route(app, '/v1/dossiers/:dossierId/supplement', {
    post: [
      requireAuth(ctx.authenticator, { scope: 'dossiers' }),
      async (c) => {
        const principal = c.get('principal');
        const body = await readJsonBody<SupplementBody>(c, 'DossierSupplement');
        const record = ownDossier(ctx.store, principal, param(c, 'dossierId'));
        const request = idempotentRequest(c, ownerId(principal), body, true);
        const earlier = replayOf(ctx.store, request, ctx.clock.now());
        if (earlier !== undefined) {
          const dossier = ctx.store.dossiers.get(earlier.resourceId);
          if (dossier === undefined) throw notFound(DOSSIER);
          return c.json(dossierResource(dossier));
        }
        if (record.status !== 5) {
          throw new ApiError(409, 'invalid_transition', {
            vi: 'Hồ sơ không ở trạng thái yêu cầu bổ sung.',
            en: 'No supplement was requested for this dossier.',
          });
        }
        const locale = localeOf(c.req.header('accept-language'));
        const en = locale === 'en';
        const definition = definitionOf(record.procedureCode);
        const added = body.documents ?? [];
        // Submit's document rules, on the new refs together with those the dossier holds.
        const refIssues = documentRefIssues(
          definition,
          added,
          documentSourcesOf(ctx.store, principal, channelOf(record.channel)),
          en,
          '/documents',
          record.documents,
        );
        if (refIssues.length > 0) throw invalidBody(refIssues);
        const documents = [...record.documents, ...added];
        const data = body.data ?? record.data;
        const now = ctx.clock.now();
        const issues = [
          ...dossierIssues(definition, data, locale, now),
          // A dossier filed at the counter has its papers there: nothing has to be uploaded.
          ...(record.channel === 1
            ? []
            : missingDocumentIssues(definition, data, documents, en, channelOf(record.channel))),
        ];
        if (issues.length > 0) throw dossierInvalid(issues);
        // None of the new refs is held by the dossier (checked above), so a submitted holder is another dossier.
        if (added.some((d) => isSubmitted(ctx.store, d))) throw attachmentInUse();
        // The fee lines of the data again, with those an official asked for.
        const fees = [
          ...computeFees(definition, data, { channel: 'online' }),
          ...(record.obligationFees ?? []),
        ];
        const next = transition(
          {
            ...record,
            data,
            documents,
            fees,
            feeTotal: fees.reduce((sum, line) => sum + line.total, 0),
          },
          4,
          now,
          { handler: 'Công dân', department: 'Cổng dịch vụ công', content: body.note },
        );
        ctx.store.commit([{ op: 'dossier.put', value: next }, ...rememberOps(request, 200, next.id, now)]);
        return c.json(dossierResource(next));
      },
    ],
  });
}
