/**
 * A draft becoming a submitted dossier: its code `<agency id>-<yyMMdd>-<sequence>` (the day in
 * Vietnam, numbered per agency and day, zero-padded to the configured width, 4 by default), status
 * 1, the fee lines that apply on the filing day and the first progress entry. The appointment date
 * is set later, when the dossier is received complete (status 2, see lifecycle/transition.ts).
 */
import { computeFees, type ProcedureDefinition } from '@dvc-kit/procedures';
import type { DossierRecord } from '../store/records.js';
import type { Store } from '../store/store.js';
import type { Agency } from '../catalogue/agencies.js';
import { vnDay, vnIsoDay } from '../internal/vn-time.js';
import { channelOf } from './documents.js';

/** The default number of digits of a dossier code's sequence (codes seen in the wild have 4). */
export const DEFAULT_DOSSIER_CODE_WIDTH = 4;

/**
 * The dossier code of the `sequence`-th dossier of `agencyId` on `day` (`yyMMdd`), the sequence
 * zero-padded to `width` digits (4 to 6).
 */
export function dossierCode(
  agencyId: string,
  day: string,
  sequence: number,
  width: number = DEFAULT_DOSSIER_CODE_WIDTH,
): string {
  if (!Number.isInteger(width) || width < 4 || width > 6) {
    throw new RangeError(`Dossier code width out of range: ${width}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence >= 10 ** width) {
    throw new RangeError(`Dossier sequence out of range: ${sequence}`);
  }
  return `${agencyId}-${day}-${String(sequence).padStart(width, '0')}`;
}

/** `record` (a valid draft) as submitted at `now`. Does not store it. */
export function submitted(
  record: DossierRecord,
  definition: ProcedureDefinition,
  agency: Agency | undefined,
  now: Date,
  store: Store,
  codeWidth: number = DEFAULT_DOSSIER_CODE_WIDTH,
): DossierRecord {
  const day = vnDay(now);
  const fees = computeFees(definition, record.data, {
    channel: channelOf(record.channel),
    today: vnIsoDay(now),
  });
  const at = now.toISOString();
  return {
    ...record,
    code: dossierCode(record.agencyId, day, store.nextSequence(record.agencyId, day), codeWidth),
    procedureVersion: definition.version,
    status: 1,
    fees,
    feeTotal: fees.reduce((sum, line) => sum + line.total, 0),
    updatedAt: at,
    submittedAt: at,
    appointmentDate: null,
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
        dueDate: null,
      },
    ],
  };
}
