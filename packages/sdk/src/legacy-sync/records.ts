/**
 * The national portal's legacy sync records, as provincial one-stop systems send them: a dossier in
 * a `DongBoHoSoMC` call and a progress step in a `CapNhatTienDoHoSoMC` call. Every value is a
 * string (dates `yyyyMMddHHmmss` in Asia/Ho_Chi_Minh, `''` for none). Field names and meanings:
 * docs/sdk.md, "Legacy sync format".
 */

/** A submitted file (`TaiLieuNop`). */
export interface LegacyFile {
  TepDinhKemId: string;
  TenTepDinhKem: string;
  /** `'0'`, or `'1'` for a file withdrawn. */
  IsDeleted: '0' | '1';
  /** The document component (thành phần hồ sơ) code. */
  MaThanhPhanHoSo: string;
  DuongDanTaiTepTin: string;
}

/** A fee line (`DanhSachLePhi`). */
export interface LegacyFee {
  TenPhiLePhi: string;
  MaPhiLePhi: string;
  /** How it is collected: `'1'` in person, `'2'` online (the dossier's channel). */
  HinhThucThu: string;
  /** VND, an integer as a string. */
  Gia: string;
  /** `'1'` fee (phí), `'2'` charge (lệ phí). */
  LoaiPhiLePhi: '1' | '2';
}

/** A supplement request (`DanhSachHoSoBoSung`). */
export interface LegacySupplement {
  HoSoBoSungId: string;
  NguoiYeuCauBoSung: string;
  NoiDungBoSung: string;
  /** When it was requested. */
  NgayBoSung: string;
  NguoiTiepNhanBoSung: string;
  ThongTinTiepNhan: string;
  /** When the citizen's answer was received (`''` while it runs). */
  NgayTiepNhanBoSung: string;
  /** `'0'` running, `'1'` answered. */
  TrangThaiBoSung: '0' | '1';
  DanhSachGiayToBoSung: { MaThanhPhanHoSo: string; TenGiayTo: string }[];
  DanhSachLePhiBoSung: LegacyFee[];
  /** The appointment date before the request. */
  NgayHenTraTruoc: string;
  /** The answer deadline the official set (the portal's "new" date of this request). */
  NgayHenTraMoi: string;
}

/** A result document (`DanhSachGiayToKetQua`). */
export interface LegacyResult {
  TenGiayTo: string;
  /** The result's code (mã kết quả). */
  MaThanhPhanHoSo: string;
  GiayToId: string;
  DuongDanTepTinKetQua: string;
}

/** One dossier of a `DongBoHoSoMC` call. */
export interface LegacyDossier {
  MaHoSo: string;
  MaTTHC: string;
  TenTTHC: string;
  MaLinhVuc: string;
  TenLinhVuc: string;
  /** The receipt number (số biên nhận), if any. */
  SoBienNhan: string;
  ChuHoSo: string;
  /** `'1'` citizen, `'2'` enterprise, `'3'` state agency, `'4'` other organisation. */
  LoaiDoiTuong: '1' | '2' | '3' | '4';
  /** The applicant's identifier (personal id or tax code). */
  MaDoiTuong: string;
  ThongTinKhac: string;
  Email: string;
  Fax: string;
  SoDienThoai: string;
  TrichYeuHoSo: string;
  NgayTiepNhan: string;
  NgayHenTra: string;
  /** The national status code, `'1'` to `'10'`. */
  TrangThaiHoSo: string;
  NgayTra: string;
  ThongTinTra: string;
  /** How the result is returned: `'0'` at the agency, `'1'` by post. */
  HinhThuc: '0' | '1';
  /** The filing channel: `'1'` in person, `'2'` online, `'3'` public postal service. */
  KenhThucHien: '1' | '2' | '3';
  NgayKetThucXuLy: string;
  DonViXuLy: string;
  GhiChu: string;
  TaiLieuNop: LegacyFile[];
  DanhSachLePhi: LegacyFee[];
  DanhSachTepDinhKemKhac: { TenGiayTo: string; SoLuong: string; LoaiGiayTo: string }[];
  DanhSachHoSoBoSung: LegacySupplement[];
  DanhSachGiayToKetQua: LegacyResult[];
}

/** One progress step of a `CapNhatTienDoHoSoMC` call. */
export interface LegacyProgress {
  MaHoSo: string;
  NguoiXuLy: string;
  ChucDanh: string;
  ThoiDiemXuLy: string;
  PhongBanXuLy: string;
  NoiDungXuLy: string;
  /** The national status code after the step, `'1'` to `'10'`. */
  TrangThai: string;
  NgayBatDau: string;
  NgayKetThucTheoQuyDinh: string;
}

/** The body of a legacy sync call: `service` names it, `data` holds the records. */
export interface LegacySyncBody<T> {
  service: 'DongBoHoSoMC' | 'CapNhatTienDoHoSoMC';
  /** `DongBoHoSoMC` only: `true` updates dossiers sent before. */
  isUpdating?: boolean;
  data: T[];
}
