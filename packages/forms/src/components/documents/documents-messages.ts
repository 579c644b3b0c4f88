/** The words of `<dvc-documents>`, Vietnamese first. */
import type { FormLocale } from '../../internal/form-text.js';

const vi = {
  heading: 'Giấy tờ',
  required: 'Bắt buộc',
  optional: 'Không bắt buộc',
  originalsCopies: (originals: number, copies: number): string =>
    [originals > 0 ? `${originals} bản chính` : '', copies > 0 ? `${copies} bản sao` : '']
      .filter(Boolean)
      .join(', '),
  accepts: (types: string, maxSizeMB: string): string => `Nhận tệp ${types}, tối đa ${maxSizeMB} MB.`,
  severalFiles: (max: number | undefined): string =>
    max === undefined ? 'Có thể đính kèm nhiều tệp.' : `Có thể đính kèm tối đa ${max} tệp.`,
  choose: 'Chọn tệp',
  chooseAnother: 'Thêm tệp',
  chooseFor: (name: string): string => `Chọn tệp cho ${name}`,
  reuse: 'Dùng bản điện tử đã có',
  reuseOf: (copy: string): string => `Dùng bản điện tử đã có: ${copy}`,
  reused: (copy: string): string => `Dùng bản điện tử: ${copy}`,
  uploading: (name: string, percent: number): string => `Đang tải lên ${name}: ${percent}%`,
  uploaded: (name: string): string => `Đã tải lên ${name}`,
  cancelled: (name: string): string => `Đã hủy tải lên ${name}`,
  /** A file chosen earlier (before a reload) that never reached the portal. */
  chooseAgain: (name: string): string => `Tệp ${name} chưa được tải lên: vui lòng chọn lại tệp.`,
  failed: (name: string, reason: string): string => `Không tải lên được ${name}: ${reason}`,
  networkFailed: 'Không kết nối được với Cổng. Vui lòng thử lại.',
  cancel: 'Hủy',
  retry: 'Thử lại',
  remove: 'Xóa',
  actionOn: (action: string, name: string): string => `${action} ${name}`,
  missing: (name: string): string => `Vui lòng đính kèm ${name}.`,
  stillUploading: (name: string): string => `${name} đang được tải lên; vui lòng chờ.`,
  noUploader: 'Trang chưa cho phép tải tệp lên.',
  tooMany: (max: number): string => `Chỉ được đính kèm tối đa ${max} tệp.`,
};

const en: typeof vi = {
  heading: 'Documents',
  required: 'Required',
  optional: 'Optional',
  originalsCopies: (originals, copies) =>
    [
      originals > 0 ? `${originals} original${originals > 1 ? 's' : ''}` : '',
      copies > 0 ? `${copies} cop${copies > 1 ? 'ies' : 'y'}` : '',
    ]
      .filter(Boolean)
      .join(', '),
  accepts: (types, maxSizeMB) => `${types} files, up to ${maxSizeMB} MB.`,
  severalFiles: (max) =>
    max === undefined ? 'You may attach several files.' : `You may attach up to ${max} files.`,
  choose: 'Choose a file',
  chooseAnother: 'Add a file',
  chooseFor: (name) => `Choose a file for ${name}`,
  reuse: 'Use an electronic copy you have',
  reuseOf: (copy) => `Use the electronic copy you have: ${copy}`,
  reused: (copy) => `Electronic copy used: ${copy}`,
  uploading: (name, percent) => `Uploading ${name}: ${percent}%`,
  uploaded: (name) => `Uploaded ${name}`,
  cancelled: (name) => `Upload of ${name} cancelled`,
  chooseAgain: (name) => `${name} was not uploaded: choose the file again.`,
  failed: (name, reason) => `${name} was not uploaded: ${reason}`,
  networkFailed: 'Could not reach the portal. Please try again.',
  cancel: 'Cancel',
  retry: 'Retry',
  remove: 'Remove',
  actionOn: (action, name) => `${action} ${name}`,
  missing: (name) => `Attach ${name}.`,
  stillUploading: (name) => `${name} is still uploading; please wait.`,
  noUploader: 'This page does not allow uploads yet.',
  tooMany: (max) => `You may attach at most ${max} files.`,
};

/** The messages of `<dvc-documents>` in `locale`. */
export function documentsMessages(locale: FormLocale): typeof vi {
  return locale === 'en' ? en : vi;
}
