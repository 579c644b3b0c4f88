/**
 * A draft becoming a submitted dossier: its code `<agency id>-<yyMMdd>-<5 digits>` (the day in
 * Vietnam, numbered per agency and day), status 1, the fee lines that apply, the appointment
 * date and the first progress entry.
 */
import { computeFees, type ProcedureDefinition } from '@dvc-kit/procedures';
import type { DossierRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Agency } from '../catalogue/agencies.js';
import { appointmentDate, vnDay } from '../internal/vn-time.js';

/** The dossier code of the `sequence`-th dossier of `agencyId` on `day` (`yyMMdd`). */
export function dossierCode(agencyId: string, day: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999) {
    throw new RangeError(`Dossier sequence out of range: ${sequence}`);
  }
  return `${agencyId}-${day}-${String(sequence).padStart(5, '0')}`;
}

/** `record` (a valid draft) as submitted at `now`. Does not store it. */
export function submitted(
  record: DossierRecord,
  definition: ProcedureDefinition,
  agency: Agency | undefined,
  now: Date,
  store: Store,
): DossierRecord {
  const day = vnDay(now);
  const fees = computeFees(definition, record.data, { channel: 'online' });
  const at = now.toISOString();
  const due = appointmentDate(now, definition.procedure.processingTime.workingDays).toISOString();
  return {
    ...record,
    code: dossierCode(record.agencyId, day, store.nextSequence(record.agencyId, day)),
    procedureVersion: definition.version,
    status: 1,
    fees,
    feeTotal: fees.reduce((sum, line) => sum + line.total, 0),
    updatedAt: at,
    submittedAt: at,
    appointmentDate: due,
    history: [
      ...record.history,
      {
        status: 1,
        title: { vi: 'Mới đăng ký', en: 'Newly registered' },
        handler: 'Hệ thống',
        department: agency?.name.vi ?? record.agencyId,
        content: 'Công dân nộp hồ sơ trực tuyến.',
        at,
        startDate: at,
        dueDate: due,
      },
    ],
  };
}
