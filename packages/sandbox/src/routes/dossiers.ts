/** Drafts and reads: `POST/GET /v1/dossiers`, `GET/PATCH /v1/dossiers/{dossierId}`. */
import { getProcedureDefinition } from '@dvc-kit/procedures';
import type { Hono } from 'hono';
import { documentSourcesOf } from '../attachments/own.js';
import { requireAuth } from '../auth/require-auth.js';
import type { AppContext } from '../internal/app-context.js';
import { readJsonBody } from '../internal/body.js';
import { draftIssues, type DossierCreateBody, type DossierUpdateBody } from '../dossiers/drafts.js';
import { dossierResource } from '../dossiers/view.js';
import type { SandboxEnv } from '../internal/env.js';
import { newId } from '../internal/ids.js';
import { localeOf } from '../internal/locale.js';
import { DOSSIER, ownDossier, ownerId } from '../dossiers/own.js';
import { idempotentRequest, rememberOps, replayOf } from '../internal/idempotency.js';
import { paginate } from '../internal/pagination.js';
import { dossierNotEditable, invalidBody, notFound } from '../internal/problems.js';
import { readQuery } from '../internal/query.js';
import { param, route } from '../internal/routing.js';
import type { DossierRecord } from '../store/records.js';

const APPLICANT_TYPE = { citizen: 1, enterprise: 2, organisation: 4 } as const;

/** Registers the draft and read routes of dossiers. */
export function dossierRoutes(app: Hono<SandboxEnv>, ctx: AppContext): void {
  const auth = requireAuth(ctx.authenticator, { scope: 'dossiers' });

  route(app, '/v1/dossiers', {
    post: [
      auth,
      async (c) => {
        const body = await readJsonBody<DossierCreateBody>(c, 'DossierCreate');
        const principal = c.get('principal');
        const request = idempotentRequest(c, ownerId(principal), body, false);
        const earlier = replayOf(ctx.store, request, ctx.clock.now());
        if (earlier !== undefined) {
          const dossier = ctx.store.dossiers.get(earlier.resourceId);
          if (dossier === undefined) throw notFound(DOSSIER);
          c.header('Idempotent-Replayed', 'true');
          c.header('Location', `/v1/dossiers/${dossier.id}`);
          return c.json(dossierResource(dossier), 201);
        }
        const definition = getProcedureDefinition(body.procedureCode);
        const issues = draftIssues(
          definition,
          body,
          localeOf(c.req.header('accept-language')),
          documentSourcesOf(ctx.store, principal),
        );
        if (issues.length > 0 || definition === undefined) throw invalidBody(issues);
        const now = ctx.clock.now().toISOString();
        const defaultType = principal.kind === 'persona' ? APPLICANT_TYPE[principal.accountType] : 3;
        const record: DossierRecord = {
          id: newId('dos'),
          ownerId: ownerId(principal),
          code: null,
          procedureCode: definition.procedure.code,
          procedureVersion: definition.version,
          agencyId: body.agencyId,
          applicantType: body.applicantType ?? defaultType,
          channel: 2,
          status: null,
          data: body.data ?? {},
          documents: body.documents ?? [],
          fees: [],
          feeTotal: 0,
          createdAt: now,
          updatedAt: now,
          submittedAt: null,
          appointmentDate: null,
          completedAt: null,
          history: [],
        };
        ctx.store.commit([
          { op: 'dossier.put', value: record },
          ...rememberOps(request, 201, record.id, ctx.clock.now()),
        ]);
        if (request !== undefined) c.header('Idempotent-Replayed', 'false');
        c.header('Location', `/v1/dossiers/${record.id}`);
        return c.json(dossierResource(record), 201);
      },
    ],
    get: [
      auth,
      (c) => {
        const { cursor, limit, ...filters } = readQuery(c, '/v1/dossiers', 'get');
        const owner = ownerId(c.get('principal'));
        const statuses = Array.isArray(filters['status']) ? (filters['status'] as string[]) : undefined;
        const mine = [...ctx.store.dossiers.values()]
          .filter(
            (d) =>
              d.ownerId === owner &&
              (statuses === undefined || statuses.includes(d.status === null ? 'draft' : String(d.status))) &&
              (filters['procedureCode'] === undefined || d.procedureCode === filters['procedureCode']),
          )
          .map((d) => ({ key: `${d.createdAt}|${d.id}`, d }))
          .sort((a, b) => (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
        const page = paginate(mine, {
          key: (item) => item.key,
          descending: true,
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
  });

  route(app, '/v1/dossiers/:dossierId', {
    get: [
      auth,
      (c) => c.json(dossierResource(ownDossier(ctx.store, c.get('principal'), param(c, 'dossierId')))),
    ],
    patch: [
      auth,
      async (c) => {
        const body = await readJsonBody<DossierUpdateBody>(c, 'DossierUpdate');
        // Read the dossier after the last await, so the checks below and the commit see one state.
        const principal = c.get('principal');
        const record = ownDossier(ctx.store, principal, param(c, 'dossierId'));
        if (record.status !== null) throw dossierNotEditable();
        const issues = draftIssues(
          getProcedureDefinition(record.procedureCode),
          body,
          localeOf(c.req.header('accept-language')),
          documentSourcesOf(ctx.store, principal),
        );
        if (issues.length > 0) throw invalidBody(issues);
        const updated: DossierRecord = {
          ...record,
          ...(body.agencyId === undefined ? {} : { agencyId: body.agencyId }),
          ...(body.applicantType === undefined ? {} : { applicantType: body.applicantType }),
          ...(body.data === undefined ? {} : { data: body.data }),
          ...(body.documents === undefined ? {} : { documents: body.documents }),
          updatedAt: ctx.clock.now().toISOString(),
        };
        ctx.store.commit([{ op: 'dossier.put', value: updated }]);
        return c.json(dossierResource(updated));
      },
    ],
  });
}
