/**
 * The few words the widgets say themselves (validation messages come from @dvc-kit/validation).
 * Vietnamese first, English second; no i18n library.
 */
import type { Locale } from '@dvc-kit/validation';

/** Every string a widget shows or announces, in one locale. */
export interface ControlMessages {
  errorPrefix: string;
  required: string;
  openCalendar: string;
  calendar: string;
  previousMonth: string;
  nextMonth: string;
  previousYear: string;
  nextYear: string;
  close: string;
  months: readonly string[];
  weekdays: readonly string[];
  weekdaysShort: readonly string[];
  dateFormat: string;
  noOptions: string;
  optionsFound: (count: number) => string;
  /** Said under a long list when only the first `shown` of `count` matches are drawn. */
  optionsShown: (shown: number, count: number) => string;
  choose: string;
  birthProvince: string;
  bornAbroad: string;
  sex: string;
  male: string;
  female: string;
  birthYear: string;
  decoded: string;
}

const vi: ControlMessages = {
  errorPrefix: 'Lỗi:',
  required: '(bắt buộc)',
  openCalendar: 'Chọn ngày từ lịch',
  calendar: 'Lịch',
  previousMonth: 'Tháng trước',
  nextMonth: 'Tháng sau',
  previousYear: 'Năm trước',
  nextYear: 'Năm sau',
  close: 'Đóng',
  months: Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`),
  weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
  weekdaysShort: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  dateFormat: 'dd/mm/yyyy',
  noOptions: 'Không có lựa chọn phù hợp',
  optionsFound: (count) => `${count} lựa chọn`,
  optionsShown: (shown, count) =>
    `Hiển thị ${shown} trên ${count.toLocaleString('vi-VN')} lựa chọn. Gõ thêm để thu hẹp.`,
  choose: '-- Chọn --',
  birthProvince: 'Nơi đăng ký khai sinh',
  bornAbroad: 'Nước ngoài',
  sex: 'Giới tính',
  male: 'Nam',
  female: 'Nữ',
  birthYear: 'Năm sinh',
  decoded: 'Thông tin từ số định danh',
};

const en: ControlMessages = {
  errorPrefix: 'Error:',
  required: '(required)',
  openCalendar: 'Choose a date from the calendar',
  calendar: 'Calendar',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  close: 'Close',
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  weekdaysShort: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'],
  dateFormat: 'dd/mm/yyyy',
  noOptions: 'No matching option',
  optionsFound: (count) => `${count} option${count === 1 ? '' : 's'}`,
  optionsShown: (shown, count) =>
    `Showing ${shown} of ${count.toLocaleString('en')} options. Type more to narrow the list.`,
  choose: '-- Choose --',
  birthProvince: 'Birth registered in',
  bornAbroad: 'Abroad',
  sex: 'Sex',
  male: 'Male',
  female: 'Female',
  birthYear: 'Year of birth',
  decoded: 'What the number says',
};

/** The widget strings for `locale` (Vietnamese for anything but `en`). */
export function controlMessages(locale: Locale): ControlMessages {
  return locale === 'en' ? en : vi;
}
