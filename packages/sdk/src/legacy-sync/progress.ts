/** A progress entry to and from a `CapNhatTienDoHoSoMC` record. */
import type { ProgressEntry } from '../types.js';
import { toLegacyDate } from './dates.js';
import { badField, RecordReader } from './read.js';
import type { LegacyProgress } from './records.js';

/** What a `CapNhatTienDoHoSoMC` record says, in the API's terms (a progress entry without its title). */
export interface LegacyProgressFields {
  /** MaHoSo. */
  dossierCode: string;
  /** ChucDanh: the handler's position. */
  position: string;
  entry: Omit<ProgressEntry, 'title'>;
}

/** The `CapNhatTienDoHoSoMC` record of one progress entry of the dossier `dossierCode`. */
export function toLegacyProgress(
  dossierCode: string,
  entry: ProgressEntry,
  options: { readonly position?: string | undefined } = {},
): LegacyProgress {
  return {
    MaHoSo: dossierCode,
    NguoiXuLy: entry.handler,
    ChucDanh: options.position ?? '',
    ThoiDiemXuLy: toLegacyDate(entry.at),
    PhongBanXuLy: entry.department,
    NoiDungXuLy: entry.content,
    TrangThai: String(entry.status),
    NgayBatDau: toLegacyDate(entry.startDate),
    NgayKetThucTheoQuyDinh: toLegacyDate(entry.dueDate),
  };
}

/**
 * Reads a `CapNhatTienDoHoSoMC` record (untrusted JSON).
 * @throws LegacySyncError naming the first missing or malformed field.
 */
export function fromLegacyProgress(record: unknown): LegacyProgressFields {
  const r = new RecordReader(record, '');
  const at = r.date('ThoiDiemXuLy');
  if (at === null) throw badField('ThoiDiemXuLy', 'bị thiếu', 'is missing');
  const status = Number(r.oneOf('TrangThai', ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']));
  return {
    dossierCode: r.string('MaHoSo', true),
    position: r.string('ChucDanh'),
    entry: {
      status: status as ProgressEntry['status'],
      handler: r.string('NguoiXuLy'),
      department: r.string('PhongBanXuLy'),
      content: r.string('NoiDungXuLy'),
      at,
      startDate: r.date('NgayBatDau') ?? at,
      dueDate: r.date('NgayKetThucTheoQuyDinh'),
    },
  };
}
