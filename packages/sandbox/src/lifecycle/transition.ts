/** Moving a dossier to a new status with its progress entry; receipt (2) sets the appointment date. */
import { getProcedureDefinition } from '@dvc-kit/procedures';
import { appointmentDate } from '../internal/vn-time.js';
import type { DossierRecord, DossierStatus, SupplementPeriod } from '../store/records.js';
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

/** What a supplement request (status 5) asks for; without it the period has no deadline or items. */
export type SupplementAsk = Pick<SupplementPeriod, 'deadline' | 'items'>;

/**
 * The supplement periods of `record` moving to `status` at `iso`: entering 5 opens one, leaving 5
 * (the citizen's answer, a withdrawal) closes the open one.
 */
function periodsAfter(
  record: DossierRecord,
  status: DossierStatus,
  iso: string,
  ask: SupplementAsk | undefined,
): SupplementPeriod[] | undefined {
  const periods = record.supplementPeriods;
  if (status === 5) {
    return [...(periods ?? []), { startedAt: iso, endedAt: null, deadline: null, items: [], ...ask }];
  }
  if (record.status !== 5 || periods === undefined) return periods;
  return periods.map((p) => (p.endedAt === null ? { ...p, endedAt: iso } : p));
}

/**
 * `record` moved to `status` at `at`, with a progress entry (and, for a supplement request, what
 * it asks for). Does not store it.
 */
export function transition(
  record: DossierRecord,
  status: DossierStatus,
  at: Date,
  note: TransitionNote,
  ask?: SupplementAsk,
): DossierRecord {
  const iso = at.toISOString();
  const supplementPeriods = periodsAfter(record, status, iso, ask);
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
    ...(supplementPeriods === undefined ? {} : { supplementPeriods }),
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
