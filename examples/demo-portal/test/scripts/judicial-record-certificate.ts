/** A judicial record certificate: two residence periods (a repeatable group); the purpose changed. */
import type { ProcedureScript } from '../helpers/journey.js';

export const judicialRecordCertificate: ProcedureScript = {
  slug: 'judicial-record-certificate',
  search: 'ly lich tu phap',
  link: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam, người Việt Nam đang cư trú ở nước ngoài',
  answers: (sample) => ({ ...sample, applicant: { ...(sample['applicant'] as object), gender: 'male' } }),
  steps: ['person', 'history', 'request', 'review'],
  repeatable: '/residenceHistory',
  document: { code: 'VB-UY-QUYEN', file: 'van-ban-uy-quyen.pdf' },
  change: { label: 'Mục đích yêu cầu cấp Phiếu', pointer: '/purpose', text: 'Bổ sung hồ sơ du học' },
};
