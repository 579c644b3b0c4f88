/**
 * Filing at the counter (bộ phận một cửa): an official files a dossier for a citizen who came in
 * person. The dossier is the agency's, on channel 1, submitted at once (code, status 1, the
 * in-person fee lines); the data is validated as on submit, and the papers are shown at the
 * counter, so nothing has to be uploaded. When the applicant's personal id (or tax code) is a known
 * account's, the dossier is that citizen's too: it shows in their list and they can rate it.
 */
import type { ProcedureDefinition } from '@dvc-kit/procedures';
import { personas } from '../auth/personas.js';
import { getAgency } from '../catalogue/agencies.js';
import { submitted } from '../dossiers/submission.js';
import { newId } from '../internal/ids.js';
import type { DossierRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { noteOf, type AgencyCaller } from './caller.js';

/** The body of `POST /v1/agency/dossiers` (`AgencyCounterFiling`). */
export interface CounterFilingBody {
  procedureCode: string;
  applicantType?: 1 | 2 | 3 | 4;
  applicant: { fullName: string; personalId?: string; taxCode?: string };
  data: Record<string, unknown>;
  note?: string;
  handler?: string;
  department?: string;
}

/** The owner of a counter dossier: the account with the applicant's identifier, or the counter. */
function ownerOf(body: CounterFilingBody, agencyId: string): string {
  const { personalId, taxCode } = body.applicant;
  const account = personas.find(
    (p) =>
      (personalId !== undefined && p.profile.personalId === personalId) ||
      (taxCode !== undefined && p.profile.taxCode === taxCode.replace('-', '')),
  );
  return account?.id ?? `counter:${agencyId}`;
}

/** The dossier `body` files at `caller`'s counter at `now` (valid data; not stored). */
export function filedAtCounter(
  body: CounterFilingBody,
  definition: ProcedureDefinition,
  caller: AgencyCaller,
  now: Date,
  store: Store,
  codeWidth: number,
): DossierRecord {
  const iso = now.toISOString();
  const draft: DossierRecord = {
    id: newId('dos'),
    ownerId: ownerOf(body, caller.agencyId),
    code: null,
    procedureCode: definition.procedure.code,
    procedureVersion: definition.version,
    agencyId: caller.agencyId,
    applicantType: body.applicantType ?? (body.applicant.taxCode === undefined ? 1 : 2),
    channel: 1,
    status: null,
    data: body.data,
    documents: [],
    fees: [],
    feeTotal: 0,
    createdAt: iso,
    updatedAt: iso,
    submittedAt: null,
    appointmentDate: null,
    completedAt: null,
    history: [],
  };
  const filed = submitted(draft, definition, getAgency(caller.agencyId), now, store, codeWidth);
  const note = noteOf(
    caller,
    body,
    body.note ?? `Tiếp nhận hồ sơ trực tiếp tại bộ phận một cửa cho ${body.applicant.fullName}.`,
  );
  return { ...filed, agencyHandled: true, history: filed.history.map((entry) => ({ ...entry, ...note })) };
}
