/** The words of a stepped `<dvc-form>` and of its "check your answers" page. */
import type { FormLocale } from './form-text.js';

/** The strings of the steps and the review in one locale. */
export interface StepsText {
  progress: (n: number, count: number) => string;
  steps: string;
  done: string;
  current: string;
  next: string;
  back: string;
  reviewTitle: string;
  change: string;
  fees: string;
  documents: string;
  feeName: string;
  feeAmount: string;
  total: string;
  noFee: string;
  exempt: string;
  yes: string;
  no: string;
}

const vi: StepsText = {
  progress: (n, count) => `Bước ${n}/${count}`,
  steps: 'Các bước',
  done: '(đã xong)',
  current: '(bước hiện tại)',
  next: 'Tiếp tục',
  back: 'Quay lại',
  reviewTitle: 'Kiểm tra thông tin trước khi nộp',
  change: 'Thay đổi',
  fees: 'Phí, lệ phí',
  documents: 'Giấy tờ',
  feeName: 'Khoản thu',
  feeAmount: 'Số tiền',
  total: 'Tổng cộng',
  noFee: 'Không phải nộp phí, lệ phí.',
  exempt: 'miễn',
  yes: 'Có',
  no: 'Không',
};

const en: StepsText = {
  progress: (n, count) => `Step ${n} of ${count}`,
  steps: 'Steps',
  done: '(done)',
  current: '(current step)',
  next: 'Continue',
  back: 'Back',
  reviewTitle: 'Check your answers before submitting',
  change: 'Change',
  fees: 'Fees and charges',
  documents: 'Documents',
  feeName: 'Item',
  feeAmount: 'Amount',
  total: 'Total',
  noFee: 'There is nothing to pay.',
  exempt: 'exempt',
  yes: 'Yes',
  no: 'No',
};

/** The strings of `locale`. */
export function stepsText(locale: FormLocale): StepsText {
  return locale === 'en' ? en : vi;
}
