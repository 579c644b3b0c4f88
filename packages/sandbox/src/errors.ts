/**
 * The one error shape of the portal API: `{ error: { status, code, message: { vi, en }, requestId,
 * issues? } }`. Handlers throw an {@link ApiError}; the app turns it into that body.
 */

/** A text in Vietnamese and English. */
export interface LocalizedMessage {
  vi: string;
  en: string;
}

/** One problem in a request body or in a dossier's data; `pointer` is a JSON Pointer. */
export interface ApiIssue {
  pointer: string;
  code: string;
  message: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: {
    status: number;
    code: string;
    message: LocalizedMessage;
    requestId: string;
    issues?: ApiIssue[];
  };
}

/** An error the API answers with: an HTTP status, a stable code, a message in vi/en. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly text: LocalizedMessage;
  readonly issues: ApiIssue[] | undefined;
  /** Extra response headers, e.g. `Allow` on a 405 or `Retry-After` on a 429. */
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    code: string,
    text: LocalizedMessage,
    options: { issues?: ApiIssue[]; headers?: Record<string, string> } = {},
  ) {
    super(text.en);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.text = text;
    this.issues = options.issues;
    this.headers = options.headers ?? {};
  }

  /** The response body for this error. */
  toBody(requestId: string): ErrorBody {
    return {
      error: {
        status: this.status,
        code: this.code,
        message: this.text,
        requestId,
        ...(this.issues === undefined ? {} : { issues: this.issues }),
      },
    };
  }
}
