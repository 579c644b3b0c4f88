/**
 * An official's move of a dossier from one status to another: the one place that checks a move
 * against {@link OFFICIAL_MOVES}, shared by the agency API and the sandbox's admin route.
 */
import { ApiError } from '../errors.js';
import type { DossierRecord, DossierStatus } from '../store/records.js';
import { OFFICIAL_MOVES, STATUS_TITLES } from './statuses.js';
import { transition, type SupplementAsk, type TransitionNote } from './transition.js';

/** Whether an official may move a dossier in `from` (a draft: `null`) to `to`. */
export function isOfficialMove(from: DossierStatus | null, to: DossierStatus): boolean {
  return from !== null && (OFFICIAL_MOVES[from] ?? []).includes(to);
}

/** 409 `invalid_transition` for a move of `record` to `to`. */
export function invalidTransition(record: DossierRecord, to: DossierStatus): ApiError {
  const from = record.status === null ? { vi: 'Bản nháp', en: 'Draft' } : STATUS_TITLES[record.status];
  return new ApiError(409, 'invalid_transition', {
    vi: `Không thể chuyển hồ sơ từ trạng thái "${from.vi}" sang "${STATUS_TITLES[to].vi}".`,
    en: `The dossier cannot move from "${from.en}" to "${STATUS_TITLES[to].en}".`,
  });
}

/**
 * `record` moved to `to` at `at` by an official.
 * @throws ApiError 409 `invalid_transition` when the status table does not allow the move.
 */
export function officialMove(
  record: DossierRecord,
  to: DossierStatus,
  at: Date,
  note: TransitionNote,
  ask?: SupplementAsk,
): DossierRecord {
  if (!isOfficialMove(record.status, to)) throw invalidTransition(record, to);
  return transition(record, to, at, note, ask);
}
