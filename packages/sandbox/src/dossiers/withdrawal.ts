/** A citizen withdrawing a dossier (status 7), possible until it is processed. */
import { ApiError } from '../errors.js';
import { transition } from '../lifecycle/transition.js';
import type { DossierRecord, DossierStatus } from '../store/records.js';

const WITHDRAWABLE: readonly DossierStatus[] = [1, 2, 4, 5, 6];

/**
 * `record` withdrawn at `now`.
 * @throws ApiError 409 `invalid_transition` for a draft or a dossier past processing.
 */
export function withdrawn(record: DossierRecord, reason: string | undefined, now: Date): DossierRecord {
  if (record.status === null || !WITHDRAWABLE.includes(record.status)) {
    throw new ApiError(409, 'invalid_transition', {
      vi: 'Không thể rút hồ sơ ở trạng thái hiện tại.',
      en: 'The dossier cannot be withdrawn in its current status.',
    });
  }
  return transition(record, 7, now, {
    handler: 'Công dân',
    department: 'Cổng dịch vụ công',
    content: reason ?? 'Công dân rút hồ sơ.',
  });
}
