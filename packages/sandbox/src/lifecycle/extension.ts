/**
 * The extension an official issues when a dossier cannot be settled by its appointment date
 * (Phiếu xin lỗi và hẹn lại ngày trả kết quả): a reason and a new, later date, recorded as a
 * progress entry in the same status. Only a dossier being processed (received, 2, or in
 * processing, 4) with an appointment date can be extended.
 */
import { ApiError } from '../errors.js';
import type { DossierRecord } from '../store/records.js';
import { STATUS_TITLES } from './statuses.js';

/** What the official writes on the slip. */
export interface ExtensionRequest {
  /** The new appointment date (ISO date-time). */
  appointmentDate: string;
  /** Why the result is late, shown to the citizen. */
  reason: string;
}

/** `record` with its appointment moved to `request.appointmentDate`. Does not store it. */
export function extended(
  record: DossierRecord,
  request: ExtensionRequest,
  at: Date,
  official: { handler: string; department: string },
): DossierRecord {
  if ((record.status !== 2 && record.status !== 4) || record.appointmentDate === null) {
    throw new ApiError(409, 'invalid_transition', {
      vi: 'Chỉ gia hạn được hồ sơ đã tiếp nhận hoặc đang xử lý.',
      en: 'Only a received dossier or one in processing can be given a new date.',
    });
  }
  const next = new Date(request.appointmentDate);
  if (!(next.getTime() > Date.parse(record.appointmentDate))) {
    throw new ApiError(422, 'invalid_extension', {
      vi: 'Ngày hẹn mới phải sau ngày hẹn hiện tại.',
      en: 'The new appointment date must be after the current one.',
    });
  }
  const iso = at.toISOString();
  const due = next.toISOString();
  return {
    ...record,
    updatedAt: iso,
    appointmentDate: due,
    history: [
      ...record.history,
      {
        status: record.status,
        title: STATUS_TITLES[record.status],
        ...official,
        content: `Phiếu xin lỗi và hẹn lại ngày trả kết quả: ${request.reason}`,
        at: iso,
        startDate: iso,
        dueDate: due,
      },
    ],
  };
}
