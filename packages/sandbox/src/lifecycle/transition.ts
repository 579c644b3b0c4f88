/** Moving a dossier to a new status with its progress entry; receipt (2) sets the appointment date. */
import { getProcedureDefinition } from '@dvc-kit/procedures';
import { appointmentDate } from '../internal/vn-time.js';
import type { DossierRecord, DossierStatus } from '../store/records.js';
import { STATUS_TITLES } from './statuses.js';

/** Who made a move and what they wrote. */
export interface TransitionNote {
  handler: string;
  department: string;
  content: string;
}

/**
 * The appointment date of `record` received complete at `at`: the procedure's processing time in
 * working days from `at`, after its cut-off time (if any) from the next working day. A procedure
 * the sandbox no longer knows keeps the dossier's date.
 */
export function receivedAppointment(record: DossierRecord, at: Date): string | null {
  const time = getProcedureDefinition(record.procedureCode)?.procedure.processingTime;
  if (time === undefined) return record.appointmentDate;
  const options = time.cutOffTime === undefined ? {} : { cutOffTime: time.cutOffTime };
  return appointmentDate(at, time.workingDays, options).toISOString();
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
  // The time runs from the receipt of a complete dossier (status 2).
  const due = status === 2 ? receivedAppointment(record, at) : record.appointmentDate;
  return {
    ...record,
    status,
    updatedAt: iso,
    appointmentDate: due,
    completedAt: completes ? iso : record.completedAt,
    history: [
      ...record.history,
      {
        status,
        title: STATUS_TITLES[status],
        ...note,
        at: iso,
        startDate: iso,
        dueDate: status === 10 || completes ? null : due,
      },
    ],
  };
}
