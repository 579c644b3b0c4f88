/** A stored dossier as the API shows it (`Dossier` in the contract): without owner or history. */
import type { DossierRecord } from '../store/records.js';

/** The `Dossier` resource of a record. */
export type DossierResource = Omit<DossierRecord, 'ownerId' | 'history'>;

/** The API resource of `record`. */
export function dossierResource(record: DossierRecord): DossierResource {
  const { ownerId: _owner, history: _history, ...resource } = record;
  return resource;
}
