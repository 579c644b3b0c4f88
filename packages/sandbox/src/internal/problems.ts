/** The errors the sandbox answers with, one factory each, so codes and messages stay consistent. */
import { ApiError, type ApiIssue } from '../errors.js';

/** 404 `not_found`; `what` names the resource in both languages. */
export function notFound(what: { vi: string; en: string } = { vi: 'tài nguyên', en: 'Resource' }): ApiError {
  return new ApiError(404, 'not_found', {
    vi: `Không tìm thấy ${what.vi}.`,
    en: `${what.en} not found.`,
  });
}

/** 405 `method_not_allowed` with the methods the path takes. */
export function methodNotAllowed(allow: string[]): ApiError {
  return new ApiError(
    405,
    'method_not_allowed',
    { vi: 'Phương thức không được hỗ trợ cho đường dẫn này.', en: 'Method not allowed on this path.' },
    { headers: { Allow: allow.join(', ') } },
  );
}

/** 415 `unsupported_media_type`. */
export function unsupportedMediaType(expected: string): ApiError {
  return new ApiError(415, 'unsupported_media_type', {
    vi: `Nội dung yêu cầu phải có kiểu ${expected}.`,
    en: `The request body must be ${expected}.`,
  });
}

/** 413 `payload_too_large`. */
export function payloadTooLarge(maxBytes: number): ApiError {
  return new ApiError(413, 'payload_too_large', {
    vi: `Nội dung yêu cầu vượt quá ${maxBytes} byte.`,
    en: `The request body is larger than ${maxBytes} bytes.`,
  });
}

/** 400 `malformed_json`. */
export function malformedJson(): ApiError {
  return new ApiError(400, 'malformed_json', {
    vi: 'Nội dung yêu cầu không phải là JSON hợp lệ.',
    en: 'The request body is not valid JSON.',
  });
}

/** 400 `invalid_query` naming the parameter. */
export function invalidQuery(name: string): ApiError {
  return new ApiError(400, 'invalid_query', {
    vi: `Tham số "${name}" không hợp lệ.`,
    en: `The query parameter "${name}" is not valid.`,
  });
}

/** 400 `invalid_header` naming the header. */
export function invalidHeader(name: string): ApiError {
  return new ApiError(400, 'invalid_header', {
    vi: `Tiêu đề "${name}" không hợp lệ.`,
    en: `The header "${name}" is not valid.`,
  });
}

/** 400 `invalid_cursor`. */
export function invalidCursor(): ApiError {
  return new ApiError(400, 'invalid_cursor', {
    vi: 'Con trỏ phân trang không hợp lệ hoặc không thuộc truy vấn này.',
    en: 'The pagination cursor is not valid for this query.',
  });
}

/** 422 `invalid_body`: issues point into the request body. */
export function invalidBody(issues: ApiIssue[]): ApiError {
  return new ApiError(
    422,
    'invalid_body',
    { vi: 'Nội dung yêu cầu chưa hợp lệ.', en: 'The request body is not valid.' },
    { issues },
  );
}

/** 422 `dossier_invalid`: issues point into the dossier's `data`. */
export function dossierInvalid(issues: ApiIssue[]): ApiError {
  return new ApiError(
    422,
    'dossier_invalid',
    { vi: 'Hồ sơ chưa hợp lệ.', en: 'The dossier is not valid.' },
    { issues },
  );
}

/** 401 `unauthorized` (no credentials) or `invalid_token`. */
export function unauthorized(code: 'unauthorized' | 'invalid_token'): ApiError {
  const text =
    code === 'unauthorized'
      ? { vi: 'Vui lòng đăng nhập.', en: 'Authentication required.' }
      : { vi: 'Mã truy cập không hợp lệ hoặc đã hết hạn.', en: 'The access token is invalid or expired.' };
  const challenge = code === 'unauthorized' ? 'Bearer' : 'Bearer error="invalid_token"';
  return new ApiError(401, code, text, { headers: { 'WWW-Authenticate': challenge } });
}

/** 403 `forbidden`. */
export function forbidden(): ApiError {
  return new ApiError(403, 'forbidden', {
    vi: 'Bạn không có quyền thực hiện thao tác này.',
    en: 'You are not allowed to do this.',
  });
}

/** 403 `insufficient_scope`: the token lacks `scope` (RFC 6750 challenge in `WWW-Authenticate`). */
export function insufficientScope(scope: string): ApiError {
  return new ApiError(
    403,
    'insufficient_scope',
    {
      vi: `Mã truy cập thiếu phạm vi "${scope}".`,
      en: `The access token lacks the "${scope}" scope.`,
    },
    { headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${scope}"` } },
  );
}

/** 400 `idempotency_key_required`. */
export function idempotencyKeyRequired(): ApiError {
  return new ApiError(400, 'idempotency_key_required', {
    vi: 'Thiếu tiêu đề Idempotency-Key.',
    en: 'The Idempotency-Key header is required.',
  });
}

/** 409 `idempotency_key_reused`. */
export function idempotencyKeyReused(): ApiError {
  return new ApiError(409, 'idempotency_key_reused', {
    vi: 'Idempotency-Key này đã được dùng cho một yêu cầu khác.',
    en: 'This Idempotency-Key was already used with another request.',
  });
}

/** 409 `dossier_not_editable`. */
export function dossierNotEditable(): ApiError {
  return new ApiError(409, 'dossier_not_editable', {
    vi: 'Hồ sơ đã nộp, không thể sửa hoặc nộp lại.',
    en: 'The dossier has been submitted; it can no longer be changed or submitted again.',
  });
}

/** 500 `internal_error`. */
export function internalError(): ApiError {
  return new ApiError(500, 'internal_error', {
    vi: 'Đã có lỗi xảy ra ở máy chủ.',
    en: 'Something went wrong on the server.',
  });
}

/** 400 `request_aborted`: the client closed the connection before its request was read (never sent). */
export function clientAborted(): ApiError {
  return new ApiError(400, 'request_aborted', {
    vi: 'Máy khách đã ngắt kết nối trước khi gửi xong yêu cầu.',
    en: 'The client closed the connection before sending the whole request.',
  });
}
