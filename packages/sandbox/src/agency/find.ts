/** Finding a dossier of the caller's agency: another agency's dossier, or a draft, is a 404. */
import { DOSSIER } from '../dossiers/own.js';
import { notFound } from '../internal/problems.js';
import type { DossierRecord } from '../store/records.js';
import type { Store } from '../store/store.js';

/** Whether `record` is a submitted dossier of `agencyId`. */
export function isAgencyDossier(record: DossierRecord, agencyId: string): boolean {
  return record.agencyId === agencyId && record.status !== null;
}

/**
 * The submitted dossier `id` of `agencyId`.
 * @throws ApiError 404 otherwise.
 */
export function agencyDossier(store: Store, agencyId: string, id: string): DossierRecord {
  const record = store.dossiers.get(id);
  if (record === undefined || !isAgencyDossier(record, agencyId)) throw notFound(DOSSIER);
  return record;
}

/** Statuses in which the dossier is settled or closed: nothing is due any more. */
const CLOSED = new Set([3, 7, 8, 9, 10]);

/** Whether `record` is past its appointment date at `now` and still open. */
export function isOverdue(record: DossierRecord, now: Date): boolean {
  return (
    record.status !== null &&
    !CLOSED.has(record.status) &&
    record.appointmentDate !== null &&
    Date.parse(record.appointmentDate) < now.getTime()
  );
}
