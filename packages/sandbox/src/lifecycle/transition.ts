/** Moving a dossier to a new status with its progress entry. */
import type { DossierRecord, DossierStatus } from '../store/records.js';
import { STATUS_TITLES } from './statuses.js';

/** Who made a move and what they wrote. */
export interface TransitionNote {
  handler: string;
  department: string;
  content: string;
}

/** `record` moved to `status` at `at`, with a progress entry. Does not store it. */
export function transition(
  record: DossierRecord,
  status: DossierStatus,
  at: Date,
  note: TransitionNote,
): DossierRecord {
  const iso = at.toISOString();
  // Processed (9), refused (3), withdrawn (7) and stopped (8) end the processing; 10 keeps 9's time.
  const completes = [3, 7, 8, 9].includes(status);
  return {
    ...record,
    status,
    updatedAt: iso,
    completedAt: completes ? iso : record.completedAt,
    history: [
      ...record.history,
      {
        status,
        title: STATUS_TITLES[status],
        ...note,
        at: iso,
        startDate: iso,
        dueDate: status === 10 || completes ? null : record.appointmentDate,
      },
    ],
  };
}
