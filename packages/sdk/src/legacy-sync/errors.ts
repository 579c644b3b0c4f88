/** The error of a legacy sync record that cannot be read. */
import { PortalError } from '../errors.js';

/** Options of {@link LegacySyncError}. */
export interface LegacySyncErrorInit {
  /** `legacy_date` (a date not in `yyyyMMddHHmmss`), `legacy_field` (a missing or invalid field). */
  readonly code: 'legacy_date' | 'legacy_field';
  /** The legacy field, e.g. `NgayHenTra` or `DanhSachLePhi[0].Gia`. */
  readonly field: string;
}

/** A legacy record (DongBoHoSoMC, CapNhatTienDoHoSoMC) with a missing or malformed field. */
export class LegacySyncError extends PortalError {
  /** The legacy field at fault. */
  readonly field: string;

  constructor(message: string, init: LegacySyncErrorInit) {
    super(message, { code: init.code });
    this.field = init.field;
  }
}
