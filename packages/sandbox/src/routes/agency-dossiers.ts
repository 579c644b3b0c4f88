/**
 * The agency's reads and counter filing: `GET /v1/agency/dossiers` (filters, cursor pages, oldest
 * first), `GET /v1/agency/dossiers/{id}` (with progress and attachments), a file's content, and
 * `POST /v1/agency/dossiers` (filing at the counter). Another agency's dossier is a 404.
 */
import { getProcedureDefinition } from '@dvc-kit/procedures';
import type { Hono } from 'hono';
import { agencyCaller } from '../agency/caller.js';
import { filedAtCounter, type CounterFilingBody } from '../agency/counter.js';
import { agencyDossier, isAgencyDossier, isOverdue } from '../agency/find.js';
import { AGENCY_CALLERS } from '../agency/scopes.js';
import { attachmentContent } from '../attachments/content.js';
import { ATTACHMENT, attachmentResource } from '../attachments/own.js';
import { requireAuth } from '../auth/require-auth.js';
import { draftIssues } from '../dossiers/drafts.js';
import { DOSSIER } from '../dossiers/own.js';
import { dossierIssues } from '../dossiers/validation.js';
import { dossierResource } from '../dossiers/view.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import type { SandboxEnv } from '../internal/env.js';
import { idempotentRequest, rememberOps, replayOf } from '../internal/idempotency.js';
import { localeOf } from '../internal/locale.js';
import { paginate } from '../internal/pagination.js';
import { dossierInvalid, invalidBody, notFound } from '../internal/problems.js';
import { readQuery } from '../internal/query.js';
import { param, route } from '../internal/routing.js';
import type { DossierRecord } from '../store/records.js';

/** The attachment ids of a dossier: its documents and its electronic results. */
function attachmentIdsOf(record: DossierRecord): string[] {
  const results = (record.resultDocuments ?? []).flatMap((d) =>
    d.attachmentId === null ? [] : [d.attachmentId],
  );
  return [...record.documents.flatMap((d) => ('attachmentId' in d ? [d.attachmentId] : [])), ...results];
}

/** Whether `record` passes the list's filters at `now`. */
function matches(record: DossierRecord, filters: Record<string, unknown>, now: Date): boolean {
  const statuses = filters['status'] as string[] | undefined;
  const since = filters['receivedSince'] as string | undefined;
  const dueBefore = filters['dueBefore'] as string | undefined;
  const overdue = filters['overdue'] as string | undefined;
  return (
    (statuses === undefined || statuses.includes(String(record.status))) &&
    (filters['procedureCode'] === undefined || record.procedureCode === filters['procedureCode']) &&
    (since === undefined ||
      (record.submittedAt !== null && Date.parse(record.submittedAt) >= Date.parse(since))) &&
    (dueBefore === undefined ||
      (record.appointmentDate !== null && Date.parse(record.appointmentDate) < Date.parse(dueBefore))) &&
    (overdue === undefined || isOverdue(record, now) === (overdue === 'true'))
  );
}

/** Registers the agency's dossier reads and counter filing. */
export function agencyDossierRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const read = requireAuth(ctx.authenticator, { as: AGENCY_CALLERS, scope: 'agency.read' });
  const write = requireAuth(ctx.authenticator, { as: AGENCY_CALLERS, scope: 'agency.write' });

  route(app, '/v1/agency/dossiers', {
    get: [
      read,
      (c) => {
        const { agencyId } = agencyCaller(c.get('principal'));
        const { cursor, limit, ...filters } = readQuery(c, '/v1/agency/dossiers', 'get');
        const now = ctx.clock.now();
        const items = [...ctx.store.dossiers.values()]
          .filter((d) => isAgencyDossier(d, agencyId) && matches(d, filters, now))
          .map((d) => ({ key: `${d.submittedAt ?? ''}|${d.id}`, d }))
          .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
        const page = paginate(items, {
          key: (item) => item.key,
          cursor,
          limit,
          query: JSON.stringify(filters),
        });
        return c.json({
          data: page.data.map((item) => dossierResource(item.d)),
          nextCursor: page.nextCursor,
        });
      },
    ],
    post: [
      write,
      async (c) => {
        const caller = agencyCaller(c.get('principal'));
        const body = await readJsonBody<CounterFilingBody>(c, 'AgencyCounterFiling');
        const now = ctx.clock.now();
        const request = idempotentRequest(c, caller.key, body, false);
        const earlier = replayOf(ctx.store, request, now);
        if (earlier !== undefined) {
          const dossier = ctx.store.dossiers.get(earlier.resourceId);
          if (dossier === undefined) throw notFound(DOSSIER);
          c.header('Idempotent-Replayed', 'true');
          c.header('Location', `/v1/agency/dossiers/${dossier.id}`);
          return c.json(dossierResource(dossier), 201);
        }
        const locale = localeOf(c.req.header('accept-language'));
        const definition = getProcedureDefinition(body.procedureCode);
        const { procedureCode, applicantType } = body;
        const issues = draftIssues(
          definition,
          { agencyId: caller.agencyId, ...(applicantType === undefined ? {} : { applicantType }) },
          locale,
          // No documents in the body: a counter dossier's papers are at the counter.
          { attachment: () => undefined, electronicCopy: () => undefined },
        ).map((issue) => (issue.pointer === '/agencyId' ? { ...issue, pointer: '/procedureCode' } : issue));
        if (issues.length > 0 || definition === undefined) throw invalidBody(issues);
        const dataIssues = dossierIssues(definition, body.data, locale, now);
        if (dataIssues.length > 0) throw dossierInvalid(dataIssues);
        const record = filedAtCounter(
          { ...body, procedureCode },
          definition,
          caller,
          now,
          ctx.store,
          ctx.dossierCodeWidth,
        );
        ctx.store.commit([
          { op: 'dossier.put', value: record },
          ...rememberOps(request, 201, record.id, now),
        ]);
        if (request !== undefined) c.header('Idempotent-Replayed', 'false');
        c.header('Location', `/v1/agency/dossiers/${record.id}`);
        return c.json(dossierResource(record), 201);
      },
    ],
  });

  route(app, '/v1/agency/dossiers/:dossierId', {
    get: [
      read,
      (c) => {
        const { agencyId } = agencyCaller(c.get('principal'));
        const record = agencyDossier(ctx.store, agencyId, param(c, 'dossierId'));
        const attachments = attachmentIdsOf(record).flatMap((id) => {
          const attachment = ctx.store.attachments.get(id);
          return attachment === undefined ? [] : [attachmentResource(attachment)];
        });
        return c.json({ dossier: dossierResource(record), history: record.history, attachments });
      },
    ],
  });

  route(app, '/v1/agency/dossiers/:dossierId/attachments/:attachmentId/content', {
    get: [
      read,
      (c) => {
        const { agencyId } = agencyCaller(c.get('principal'));
        const record = agencyDossier(ctx.store, agencyId, param(c, 'dossierId'));
        const id = param(c, 'attachmentId');
        const attachment = attachmentIdsOf(record).includes(id) ? ctx.store.attachments.get(id) : undefined;
        if (attachment === undefined) throw notFound(ATTACHMENT);
        return attachmentContent(c, ctx.store, attachment);
      },
    ],
  });
}
