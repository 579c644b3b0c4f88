/** The words of drafts and of submitting through a client, Vietnamese first. */
import type { FormLocale } from './form-text.js';

/** The strings of drafts and submission in one locale. */
export interface DraftMessages {
  offerTitle: string;
  offerText: (savedAt: string) => string;
  sessionOnly: string;
  resume: string;
  startAgain: string;
  restored: string;
  droppedTitle: string;
  discard: string;
  discarded: string;
  confirmationTitle: string;
  dossierCode: string;
  appointment: string;
  appointmentLater: string;
  submitFailed: string;
  submitRejected: string;
}

const vi: DraftMessages = {
  offerTitle: 'Bạn có một bản nháp chưa nộp',
  offerText: (savedAt) => `Bản nháp được lưu lúc ${savedAt}. Bạn muốn tiếp tục điền hay bắt đầu lại?`,
  sessionOnly: 'Bản nháp chỉ được giữ đến khi bạn đóng trình duyệt.',
  resume: 'Tiếp tục điền',
  startAgain: 'Bắt đầu lại',
  restored: 'Đã khôi phục bản nháp của bạn.',
  droppedTitle:
    'Biểu mẫu đã được cập nhật. Các câu trả lời sau không còn phù hợp nên đã được bỏ đi, vui lòng nhập lại:',
  discard: 'Xóa bản nháp',
  discarded: 'Đã xóa bản nháp.',
  confirmationTitle: 'Nộp hồ sơ thành công',
  dossierCode: 'Mã hồ sơ của bạn',
  appointment: 'Ngày hẹn trả kết quả',
  appointmentLater: 'Ngày hẹn trả kết quả sẽ được thông báo khi cơ quan tiếp nhận hồ sơ.',
  submitFailed:
    'Chưa nộp được hồ sơ do lỗi kết nối hoặc lỗi máy chủ. Thông tin bạn đã nhập vẫn được giữ nguyên. Vui lòng thử lại.',
  submitRejected: 'Cổng dịch vụ công không nhận hồ sơ. Vui lòng thử lại sau.',
};

const en: DraftMessages = {
  offerTitle: 'You have an application you have not submitted',
  offerText: (savedAt) => `It was saved at ${savedAt}. Do you want to continue it or start again?`,
  sessionOnly: 'The draft is kept only until you close the browser.',
  resume: 'Continue',
  startAgain: 'Start again',
  restored: 'Your draft has been restored.',
  droppedTitle:
    'The form has changed. These answers no longer fit and were removed; please enter them again:',
  discard: 'Delete the draft',
  discarded: 'The draft has been deleted.',
  confirmationTitle: 'Application submitted',
  dossierCode: 'Your dossier code',
  appointment: 'Result due on',
  appointmentLater: 'You will be told when the result is due once the agency receives the application.',
  submitFailed:
    'The application could not be submitted (a connection or server problem). Everything you entered is kept. Please try again.',
  submitRejected: 'The portal did not accept the application. Please try again later.',
};

/** The strings of `locale`. */
export function draftMessages(locale: FormLocale): DraftMessages {
  return locale === 'en' ? en : vi;
}

/** A date-time as people in Vietnam read it: `dd/mm/yyyy` (with `HH:mm` when `time`). */
export function formatDateTime(iso: string, locale: FormLocale, time: boolean): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'vi-VN', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    ...(time ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}
