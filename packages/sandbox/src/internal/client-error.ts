/**
 * Requests Node's HTTP parser refuses before the application sees them: without this, Node
 * answers a bare `431` or `400` with no body and no `X-Request-Id`. Here they get the API's one
 * error shape: 431 `request_header_fields_too_large` (a request line and headers over 16 KiB, such
 * as a huge URL) and 400 `malformed_request` (not HTTP). A client that timed out or went away
 * gets nothing: there is no one to answer.
 */
import type { Duplex } from 'node:stream';
import { ApiError } from '../errors.js';
import { newId } from './ids.js';

/** 431 `request_header_fields_too_large`. */
export function headersTooLarge(): ApiError {
  return new ApiError(431, 'request_header_fields_too_large', {
    vi: 'Dòng yêu cầu hoặc phần đầu (header) quá lớn (tối đa 16 KiB), ví dụ địa chỉ URL quá dài.',
    en: 'The request line or headers are too large (16 KiB at most), e.g. a URL that is too long.',
  });
}

/** 400 `malformed_request`. */
export function malformedRequest(): ApiError {
  return new ApiError(400, 'malformed_request', {
    vi: 'Yêu cầu HTTP không hợp lệ.',
    en: 'The HTTP request is malformed.',
  });
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 431: 'Request Header Fields Too Large' };

/** The server's `clientError` listener. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  const answerable =
    socket.writable &&
    error.code !== 'ECONNRESET' &&
    error.code !== 'ERR_HTTP_REQUEST_TIMEOUT' &&
    !('_httpMessage' in socket && socket._httpMessage !== null && socket._httpMessage !== undefined);
  if (!answerable) {
    socket.destroy();
    return;
  }
  const apiError = error.code === 'HPE_HEADER_OVERFLOW' ? headersTooLarge() : malformedRequest();
  const requestId = newId('req');
  const body = JSON.stringify(apiError.toBody(requestId));
  socket.end(
    `HTTP/1.1 ${String(apiError.status)} ${REASONS[apiError.status] ?? ''}\r\n` +
      'Content-Type: application/json; charset=UTF-8\r\n' +
      `Content-Length: ${String(Buffer.byteLength(body))}\r\n` +
      `X-Request-Id: ${requestId}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
