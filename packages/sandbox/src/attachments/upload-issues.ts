/** The issues of a refused upload, in Vietnamese and English. */
import type { ApiIssue } from '../errors.js';

const MESSAGES: Record<string, { vi: string; en: string }> = {
  duplicate_field: { vi: 'Trường này chỉ được gửi một lần.', en: 'This field may be sent only once.' },
  not_a_file: { vi: 'Trường "file" phải là một tệp.', en: 'The "file" field must be a file.' },
  unknown_procedure: { vi: 'Không có thủ tục với mã này.', en: 'There is no procedure with this code.' },
  unknown_document: {
    vi: 'Thủ tục không có thành phần hồ sơ với mã này.',
    en: 'The procedure has no document component with this code.',
  },
  file_name_empty: { vi: 'Tên tệp trống.', en: 'The file name is empty.' },
  file_name_path: {
    vi: 'Tên tệp không được chứa đường dẫn.',
    en: 'The file name must not contain a path.',
  },
  file_name_control_character: {
    vi: 'Tên tệp chứa ký tự điều khiển.',
    en: 'The file name contains a control character.',
  },
  file_name_reserved: { vi: 'Tên tệp là tên dành riêng.', en: 'The file name is a reserved name.' },
  file_name_trailing: {
    vi: 'Tên tệp không được bắt đầu bằng khoảng trắng hoặc kết thúc bằng dấu chấm, khoảng trắng.',
    en: 'The file name must not start with a space or end with a dot or a space.',
  },
  file_name_too_long: {
    vi: 'Tên tệp quá dài (tối đa 255 byte).',
    en: 'The file name is too long (255 bytes at most).',
  },
};

/** The issue `code` at `pointer` (a file's type and size: `fileProblem` of @dvc-kit/validation/files). */
export function uploadIssue(pointer: string, code: string, en: boolean): ApiIssue {
  const text = MESSAGES[code] ?? { vi: code, en: code };
  return { pointer, code, message: en ? text.en : text.vi };
}
