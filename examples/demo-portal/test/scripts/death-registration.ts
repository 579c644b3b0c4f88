/** Death registration: a death at home in Cửa Nam; the cause changed from the review. */
import type { ProcedureScript } from '../helpers/journey.js';

export const deathRegistration: ProcedureScript = {
  slug: 'death-registration',
  search: 'khai tu',
  link: 'Đăng ký khai tử',
  answers: (sample) => sample,
  steps: ['deceased', 'applicant', 'review'],
  document: { code: 'GIAY-BAO-TU', file: 'giay-bao-tu.pdf' },
  change: {
    label: 'Nguyên nhân chết (Thông tin về việc chết)',
    pointer: '/death/cause',
    text: 'Bệnh tim mạch',
  },
};
