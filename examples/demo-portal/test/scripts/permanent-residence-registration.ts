/** Permanent residence at a relative's home in Cầu Giấy, with two household members (repeatable);
 * the second member's name changed from the review. */
import type { ProcedureScript } from '../helpers/journey.js';

export const permanentResidenceRegistration: ProcedureScript = {
  slug: 'permanent-residence-registration',
  search: 'thuong tru',
  link: 'Đăng ký thường trú',
  answers: (sample) => sample,
  steps: ['applicant', 'residence', 'members', 'review'],
  repeatable: '/householdMembers',
  document: { code: 'CHO-O-HOP-PHAP', file: 'cho-o-hop-phap.pdf' },
  // A change inside the second item of the repeatable group.
  change: {
    label: 'Họ, chữ đệm và tên (Người cùng đăng ký thứ 2)',
    pointer: '/householdMembers/1/fullName',
    text: 'Lê Minh Ánh',
  },
};
