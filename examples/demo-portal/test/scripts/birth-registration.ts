/** Birth registration: a child born in Hoàn Kiếm; the hometown changed from the review. */
import type { ProcedureScript } from '../helpers/journey.js';

export const birthRegistration: ProcedureScript = {
  slug: 'birth-registration',
  search: 'dang ky khai sinh',
  link: 'Đăng ký khai sinh',
  answers: (sample) => {
    const child = sample['child'] as Record<string, Record<string, unknown>>;
    const birthPlace = {
      ...child['birthPlace'],
      address: { province: '01', commune: '00070', detail: '929 đường La Thành' },
    };
    return { ...sample, child: { ...child, birthPlace } };
  },
  steps: ['child', 'parents', 'proof', 'applicant', 'review'],
  document: { code: 'GIAY-CHUNG-SINH', file: 'giay-chung-sinh.pdf' },
  change: {
    label: 'Quê quán của người được khai sinh',
    pointer: '/child/hometown',
    text: 'Phường Hoàn Kiếm, Thành phố Hà Nội',
  },
};
