/**
 * The messages of errors the client makes itself (no answer, abort, time limits, upload pre-checks),
 * in Vietnamese and English, chosen by the client's `language` like the API's own messages.
 */

/** A language of messages. */
export type Language = 'vi' | 'en';

const TEXT = {
  aborted: ['Yêu cầu đã bị hủy.', 'The call was aborted.'],
  deadline: ['Yêu cầu đã quá thời hạn cho phép.', 'The call passed its deadline.'],
  timeout: ['Cổng không trả lời kịp thời gian chờ.', 'An attempt timed out.'],
  connection_error: ['Không nhận được phản hồi từ Cổng.', 'No answer from the portal.'],
  hash_mismatch: ['Tệp Cổng lưu khác với tệp đã gửi.', 'The stored file differs from the one sent.'],
  no_next_page: [
    'Đây là trang cuối, không có trang tiếp theo.',
    'This is the last page; there is no next one.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** The message of one of the client's own error codes. */
export function clientMessage(code: keyof typeof TEXT, language: Language | undefined): string {
  return TEXT[code][language === 'en' ? 1 : 0];
}

/** The message of the pre-check for an unknown document component (type and size: `fileProblem`). */
export const precheckMessages = {
  unknown: (language: Language | undefined, documentCode: string): string =>
    language === 'en'
      ? `The procedure has no document ${documentCode}.`
      : `Thủ tục không có thành phần hồ sơ ${documentCode}.`,
};
