/** The one place where errors are built, from an API answer or from a failed fetch. */
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionError,
  PortalError,
  RateLimitError,
  ServerError,
  ValidationError,
  type ValidationIssue,
} from '../errors.js';

interface ApiErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    requestId?: unknown;
    issues?: unknown;
  };
  error_description?: unknown;
}

const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Milliseconds from a `Retry-After` header (seconds or an HTTP date), or `undefined`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function issuesOf(value: unknown): ValidationIssue[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { pointer, code, message } = item as Record<string, unknown>;
    return typeof pointer === 'string'
      ? [{ pointer, code: asString(code) ?? 'invalid', message: asString(message) ?? '' }]
      : [];
  });
}

/** The error for a non-2xx answer. `body` is the parsed JSON body, or `undefined`. */
export function errorFromResponse(
  status: number,
  headers: Headers,
  body: unknown,
  language: 'vi' | 'en',
): PortalError {
  const parsed = (typeof body === 'object' && body !== null ? body : {}) as ApiErrorBody;
  const api = typeof parsed.error === 'object' ? parsed.error : undefined;
  // The OAuth token endpoint answers `{ error: "invalid_grant" }` (RFC 6749) instead.
  const oauthCode = asString(parsed.error);
  const code = asString(api?.code) ?? oauthCode ?? `http_${status}`;
  const messages = (api?.message ?? {}) as { vi?: unknown; en?: unknown };
  const message =
    asString(messages[language]) ?? asString(messages.vi) ?? asString(parsed.error_description) ?? code;
  const requestId = asString(api?.requestId) ?? headers.get('x-request-id') ?? undefined;
  const init = { status, code, requestId, headers };
  if (status === 400 || status === 422)
    return new ValidationError(message, { ...init, issues: issuesOf(api?.issues) });
  if (status === 401) return new AuthenticationError(message, init);
  if (status === 403) return new PermissionError(message, init);
  if (status === 404) return new NotFoundError(message, init);
  if (status === 409) return new ConflictError(message, init);
  if (status === 429)
    return new RateLimitError(message, { ...init, retryAfter: parseRetryAfter(headers.get('retry-after')) });
  if (status >= 500) return new ServerError(message, { ...init, retryable: status !== 501 });
  return new PortalError(message, { ...init, retryable: status === 408 });
}
