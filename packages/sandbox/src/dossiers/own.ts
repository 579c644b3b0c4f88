/** Finding the caller's dossier: another persona's dossier is a 404, as if it did not exist. */
import type { Principal } from '../auth/principal.js';
import type { DossierRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import { notFound } from '../internal/problems.js';

/** The owner id of a principal's records. */
export function ownerId(principal: Principal): string {
  return principal.kind === 'persona' ? principal.personaId : 'sandbox-admin';
}

/** `{ vi, en }` names of a dossier, for 404 messages. */
export const DOSSIER = { vi: 'hồ sơ', en: 'Dossier' };

/**
 * The dossier `id` when `principal` owns it.
 * @throws ApiError 404 otherwise.
 */
export function ownDossier(store: Store, principal: Principal, id: string): DossierRecord {
  const record = store.dossiers.get(id);
  if (record?.ownerId !== ownerId(principal)) throw notFound(DOSSIER);
  return record;
}
