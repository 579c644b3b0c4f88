/**
 * A dossier to and from a `DongBoHoSoMC` record. What the API's `Dossier` does not hold (the
 * procedure's and agency's names, the applicant's contact, file names and links) comes from the
 * context; what the legacy record does not hold (form data, attachment sizes, result numbers,
 * milliseconds) is not carried.
 */
import type { Dossier, ProgressEntry } from '../types.js';
import { toLegacyDate } from './dates.js';
import { LegacySyncError } from './errors.js';
import { RecordReader } from './read.js';
import type { LegacyDossier, LegacyFee, LegacySupplement } from './records.js';

/** What a `DongBoHoSoMC` record needs besides the dossier. */
export interface LegacyDossierContext {
  /** The procedure's name (TenTTHC). */
  readonly procedureName: string;
  /** The agency's name (DonViXuLy). */
  readonly agencyName: string;
  /** The procedure's field (lĩnh vực) code and name. */
  readonly fieldCode?: string | undefined;
  readonly fieldName?: string | undefined;
  /** The applicant (chủ hồ sơ): name, identifier (personal id or tax code), contact. */
  readonly applicant?: LegacyApplicant | undefined;
  /** The dossier's summary (trích yếu) and note. */
  readonly summary?: string | undefined;
  readonly note?: string | undefined;
  /** The receipt number (số biên nhận). */
  readonly receiptNumber?: string | undefined;
  /** The progress entries (`agency.dossiers.retrieve(id).history`): give the return date and who asked for supplements. */
  readonly history?: readonly ProgressEntry[] | undefined;
  /** The name and download link of an attachment (the name also of a reused electronic copy, by its id). */
  readonly fileName?: ((attachmentId: string) => string) | undefined;
  readonly fileUrl?: ((attachmentId: string) => string) | undefined;
  /** Whether the result is sent by post (HinhThuc `'1'`); default: when the dossier came by post. */
  readonly resultByPost?: boolean | undefined;
}

/** The applicant of a legacy record. */
export interface LegacyApplicant {
  readonly fullName?: string | undefined;
  readonly identifier?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly fax?: string | undefined;
}

/** What a `DongBoHoSoMC` record says about a dossier, in the API's terms. */
export interface LegacyDossierFields {
  code: string;
  procedureCode: string;
  procedureName: string;
  fieldCode: string;
  fieldName: string;
  agencyName: string;
  receiptNumber: string;
  applicantType: 1 | 2 | 3 | 4;
  channel: 1 | 2 | 3;
  applicant: { fullName: string; identifier: string; email: string; phone: string; fax: string };
  summary: string;
  note: string;
  status: Dossier['status'] & number;
  /** NgayTiepNhan: when the agency received it (its submission while it is newly registered). */
  receivedAt: string | null;
  appointmentDate: string | null;
  completedAt: string | null;
  /** NgayTra: when the result was returned. */
  returnedAt: string | null;
  resultByPost: boolean;
  documents: {
    documentCode: string;
    attachmentId: string;
    fileName: string;
    url: string;
    deleted: boolean;
  }[];
  fees: { code: string; name: string; kind: 'fee' | 'charge'; total: number }[];
  supplementPeriods: {
    requestedBy: string;
    startedAt: string | null;
    endedAt: string | null;
    deadline: string | null;
    items: { documentCode?: string; description: string }[];
  }[];
  resultDocuments: { code: string; name: string; attachmentId: string | null; url: string }[];
}

const STATUSES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

function legacyFee(fee: Dossier['fees'][number], online: boolean): LegacyFee {
  return {
    TenPhiLePhi: fee.name.vi,
    MaPhiLePhi: fee.code,
    HinhThucThu: online ? '2' : '1',
    Gia: String(fee.total),
    LoaiPhiLePhi: fee.kind === 'fee' ? '1' : '2',
  };
}

/**
 * The `DongBoHoSoMC` record of a submitted dossier.
 * @throws LegacySyncError (`legacy_field`, `MaHoSo`) for a draft (no code, no status).
 */
export function toLegacyDossier(dossier: Dossier, context: LegacyDossierContext): LegacyDossier {
  if (dossier.code === null || dossier.status === null)
    throw new LegacySyncError(
      'Hồ sơ nháp chưa có mã, không đồng bộ được. / A draft has no code and cannot be synced.',
      { code: 'legacy_field', field: 'MaHoSo' },
    );
  const history = context.history ?? [];
  const requesters = history.filter((h) => h.status === 5).map((h) => h.handler);
  const returned = history.find((h) => h.status === 10)?.at ?? null;
  const applicant = context.applicant ?? {};
  const url = (id: string) => context.fileUrl?.(id) ?? '';
  const code = dossier.code;
  const supplements = dossier.supplementPeriods.map((period, index): LegacySupplement => ({
    HoSoBoSungId: `${code}-BS${String(index + 1)}`,
    NguoiYeuCauBoSung: requesters[index] ?? '',
    NoiDungBoSung: period.items.map((item) => item.description).join('; '),
    NgayBoSung: toLegacyDate(period.startedAt),
    NguoiTiepNhanBoSung: '',
    ThongTinTiepNhan: '',
    NgayTiepNhanBoSung: toLegacyDate(period.endedAt),
    TrangThaiBoSung: period.endedAt === null ? '0' : '1',
    DanhSachGiayToBoSung: period.items.map((item) => ({
      MaThanhPhanHoSo: item.documentCode ?? '',
      TenGiayTo: item.description,
    })),
    DanhSachLePhiBoSung: [],
    NgayHenTraTruoc: '',
    NgayHenTraMoi: toLegacyDate(period.deadline),
  }));
  return {
    MaHoSo: code,
    MaTTHC: dossier.procedureCode,
    TenTTHC: context.procedureName,
    MaLinhVuc: context.fieldCode ?? '',
    TenLinhVuc: context.fieldName ?? '',
    SoBienNhan: context.receiptNumber ?? '',
    ChuHoSo: applicant.fullName ?? '',
    LoaiDoiTuong: String(dossier.applicantType) as LegacyDossier['LoaiDoiTuong'],
    MaDoiTuong: applicant.identifier ?? '',
    ThongTinKhac: '',
    Email: applicant.email ?? '',
    Fax: applicant.fax ?? '',
    SoDienThoai: applicant.phone ?? '',
    TrichYeuHoSo: context.summary ?? '',
    NgayTiepNhan: toLegacyDate(dossier.receivedAt ?? dossier.submittedAt),
    NgayHenTra: toLegacyDate(dossier.appointmentDate),
    TrangThaiHoSo: String(dossier.status),
    NgayTra: toLegacyDate(returned),
    ThongTinTra: '',
    HinhThuc: (context.resultByPost ?? dossier.channel === 3) ? '1' : '0',
    KenhThucHien: String(dossier.channel) as LegacyDossier['KenhThucHien'],
    NgayKetThucXuLy: toLegacyDate(dossier.completedAt),
    DonViXuLy: context.agencyName,
    GhiChu: context.note ?? '',
    TaiLieuNop: dossier.documents.map((d) => {
      // A reused electronic copy has no file of the dossier to link to: its id, and no URL.
      const id = 'attachmentId' in d ? d.attachmentId : d.electronicCopyId;
      return {
        TepDinhKemId: id,
        TenTepDinhKem: context.fileName?.(id) ?? '',
        IsDeleted: '0',
        MaThanhPhanHoSo: d.documentCode,
        DuongDanTaiTepTin: 'attachmentId' in d ? url(d.attachmentId) : '',
      };
    }),
    DanhSachLePhi: dossier.fees.map((fee) => legacyFee(fee, dossier.channel === 2)),
    DanhSachTepDinhKemKhac: [],
    DanhSachHoSoBoSung: supplements,
    DanhSachGiayToKetQua: dossier.resultDocuments.map((r) => ({
      TenGiayTo: r.name,
      MaThanhPhanHoSo: r.code,
      GiayToId: r.attachmentId ?? '',
      DuongDanTepTinKetQua: r.attachmentId === null ? '' : url(r.attachmentId),
    })),
  };
}

/**
 * Reads a `DongBoHoSoMC` record (parsed JSON from another system: nothing is trusted).
 * @throws LegacySyncError naming the first missing or malformed field.
 */
export function fromLegacyDossier(record: unknown): LegacyDossierFields {
  const r = new RecordReader(record, '');
  return {
    code: r.string('MaHoSo', true),
    procedureCode: r.string('MaTTHC', true),
    procedureName: r.string('TenTTHC'),
    fieldCode: r.string('MaLinhVuc'),
    fieldName: r.string('TenLinhVuc'),
    agencyName: r.string('DonViXuLy'),
    receiptNumber: r.string('SoBienNhan'),
    applicantType: Number(r.oneOf('LoaiDoiTuong', ['1', '2', '3', '4'], '1')) as 1 | 2 | 3 | 4,
    channel: Number(r.oneOf('KenhThucHien', ['1', '2', '3'], '1')) as 1 | 2 | 3,
    applicant: {
      fullName: r.string('ChuHoSo'),
      identifier: r.string('MaDoiTuong'),
      email: r.string('Email'),
      phone: r.string('SoDienThoai'),
      fax: r.string('Fax'),
    },
    summary: r.string('TrichYeuHoSo'),
    note: r.string('GhiChu'),
    status: Number(r.oneOf('TrangThaiHoSo', STATUSES)) as LegacyDossierFields['status'],
    receivedAt: r.date('NgayTiepNhan'),
    appointmentDate: r.date('NgayHenTra'),
    completedAt: r.date('NgayKetThucXuLy'),
    returnedAt: r.date('NgayTra'),
    resultByPost: r.oneOf('HinhThuc', ['0', '1'], '0') === '1',
    documents: r.list('TaiLieuNop', (f) => ({
      documentCode: f.string('MaThanhPhanHoSo', true),
      attachmentId: f.string('TepDinhKemId', true),
      fileName: f.string('TenTepDinhKem'),
      url: f.string('DuongDanTaiTepTin'),
      deleted: f.oneOf('IsDeleted', ['0', '1'], '0') === '1',
    })),
    fees: r.list('DanhSachLePhi', (f) => ({
      code: f.string('MaPhiLePhi', true),
      name: f.string('TenPhiLePhi'),
      kind: f.oneOf('LoaiPhiLePhi', ['1', '2']) === '1' ? ('fee' as const) : ('charge' as const),
      total: f.integer('Gia'),
    })),
    supplementPeriods: r.list('DanhSachHoSoBoSung', (s) => ({
      requestedBy: s.string('NguoiYeuCauBoSung'),
      startedAt: s.date('NgayBoSung'),
      endedAt: s.date('NgayTiepNhanBoSung'),
      deadline: s.date('NgayHenTraMoi'),
      items: s.list('DanhSachGiayToBoSung', (item) => {
        const documentCode = item.string('MaThanhPhanHoSo');
        return {
          ...(documentCode === '' ? {} : { documentCode }),
          description: item.string('TenGiayTo'),
        };
      }),
    })),
    resultDocuments: r.list('DanhSachGiayToKetQua', (d) => {
      const attachmentId = d.string('GiayToId');
      return {
        code: d.string('MaThanhPhanHoSo', true),
        name: d.string('TenGiayTo'),
        attachmentId: attachmentId === '' ? null : attachmentId,
        url: d.string('DuongDanTepTinKetQua'),
      };
    }),
  };
}
