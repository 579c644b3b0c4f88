/** A household business: two business lines and one household member (both repeatable groups). */
import type { ProcedureScript } from '../helpers/journey.js';

export const householdBusinessRegistration: ProcedureScript = {
  slug: 'household-business-registration',
  search: 'ho kinh doanh',
  link: 'Đăng ký thành lập hộ kinh doanh',
  sample: 'household',
  // A checkbox left unticked is no answer: the second line's `main: false` is not typed, so not sent.
  answers: (sample) => {
    const [first, second] = sample['businessLines'] as Record<string, unknown>[];
    const { main: _unticked, ...rest } = second ?? {};
    return { ...sample, businessLines: [first, rest] };
  },
  steps: ['owner', 'business', 'review'],
  repeatable: '/businessLines',
  // A household registers together: the members' authorisation is then required.
  document: { code: 'VB-UY-QUYEN-CHU-HO', file: 'van-ban-uy-quyen-chu-ho.pdf' },
  change: { label: 'Tên hộ kinh doanh', pointer: '/businessName', text: 'Hộ kinh doanh Phở Bát Đàn' },
};
