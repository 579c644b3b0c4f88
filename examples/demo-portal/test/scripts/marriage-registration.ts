/** Marriage registration: the partner lives in Hải Châu, Đà Nẵng; her name changed from the review. */
import type { ProcedureScript } from '../helpers/journey.js';

export const marriageRegistration: ProcedureScript = {
  slug: 'marriage-registration',
  search: 'ket hon',
  link: 'Đăng ký kết hôn',
  answers: (sample) => sample,
  steps: ['applicant', 'partner', 'declaration', 'review'],
  document: { code: 'GIAY-TO-CU-TRU', file: 'giay-to-cu-tru.pdf' },
  change: {
    label: 'Họ, chữ đệm và tên (Bên kết hôn còn lại)',
    pointer: '/partner/fullName',
    text: 'Ngô Thu Trang',
  },
};
