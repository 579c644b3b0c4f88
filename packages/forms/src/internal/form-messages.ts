/** The words `<dvc-form>` itself shows (field messages come from @dvc-kit/validation). */
import type { FormLocale } from './form-text.js';

/** The form's own strings in one locale. */
export interface FormMessages {
  summaryTitle: string;
  submit: string;
  submitting: string;
  loading: string;
  loadFailed: string;
  badDefinition: string;
  add: string;
  remove: (item: string) => string;
  item: (n: number) => string;
  commune: string;
}

const vi: FormMessages = {
  summaryTitle: 'Có lỗi trong biểu mẫu',
  submit: 'Nộp hồ sơ',
  submitting: 'Đang nộp hồ sơ…',
  loading: 'Đang tải biểu mẫu…',
  loadFailed: 'Không tải được biểu mẫu. Vui lòng thử lại sau.',
  badDefinition: 'Không thể hiển thị biểu mẫu: định nghĩa biểu mẫu không hợp lệ.',
  add: 'Thêm',
  remove: (item) => `Xóa ${item}`,
  item: (n) => `Mục ${n}`,
  commune: 'Chọn tỉnh/thành phố trước',
};

const en: FormMessages = {
  summaryTitle: 'There is a problem',
  submit: 'Submit',
  submitting: 'Submitting…',
  loading: 'Loading the form…',
  loadFailed: 'The form could not be loaded. Please try again later.',
  badDefinition: 'The form cannot be shown: its definition is not valid.',
  add: 'Add',
  remove: (item) => `Remove ${item}`,
  item: (n) => `Item ${n}`,
  commune: 'Choose a province first',
};

/** The strings of `locale`. */
export function formMessages(locale: FormLocale): FormMessages {
  return locale === 'en' ? en : vi;
}
