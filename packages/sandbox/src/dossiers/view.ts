/** A stored dossier as the API shows it (`Dossier` in the contract): without owner or history. */
import type { DossierRecord } from '../store/records.js';

/** The `Dossier` resource of a record. */
export type DossierResource = Omit<
  DossierRecord,
  | 'ownerId'
  | 'history'
  | 'supplementPeriods'
  | 'obligationFees'
  | 'resultDocuments'
  | 'rating'
  | 'agencyHandled'
> &
  Required<Pick<DossierRecord, 'supplementPeriods' | 'obligationFees' | 'resultDocuments'>> & {
    rating: NonNullable<DossierRecord['rating']> | null;
    /** When the agency received it complete (its first status-2 progress entry), or `null`. */
    receivedAt: string | null;
  };

/** The API resource of `record`. */
export function dossierResource(record: DossierRecord): DossierResource {
  const { ownerId: _owner, history: _history, agencyHandled: _handled, ...resource } = record;
  return {
    ...resource,
    supplementPeriods: record.supplementPeriods ?? [],
    obligationFees: record.obligationFees ?? [],
    resultDocuments: record.resultDocuments ?? [],
    rating: record.rating ?? null,
    receivedAt: record.history.find((entry) => entry.status === 2)?.at ?? null,
  };
}
