/**
 * The error hierarchy of the client. Every failure of a call is one of these classes, built in one
 * place (`src/internal/make-error.ts`) from the HTTP status and the API's error code.
 */

/** One problem with a field, as the API reports it in a 422. */
export interface ValidationIssue {
  /** A JSON Pointer (RFC 6901) into the request body or the dossier's `data`. */
  readonly pointer: string;
  /** A stable code such as `format` or `required`. */
  readonly code: string;
  /** A human message, in the language the client asked for. */
  readonly message: string;
}

/** What every error carries besides its message. */
export interface PortalErrorInit {
  /** The HTTP status, when the API answered. */
  readonly status?: number | undefined;
  /** The API's stable error code (`dossier_invalid`), or the client's (`connection_error`). */
  readonly code: string;
  /** The request id the API answered with (`X-Request-Id`). */
  readonly requestId?: string | undefined;
  /** Whether the same request may succeed if sent again. */
  readonly retryable?: boolean;
  /** The answer's headers, when the API answered. */
  readonly headers?: Headers | undefined;
  /** The underlying error, kept out of `toJSON()`. */
  readonly cause?: unknown;
}

/** The base class: any failure of a portal call. */
export class PortalError extends Error {
  /** The HTTP status, or `undefined` when no answer came. */
  readonly status: number | undefined;
  /** The stable error code. */
  readonly code: string;
  /** The request id, for support. */
  readonly requestId: string | undefined;
  /** Whether sending the same request again may succeed. */
  readonly retryable: boolean;
  /** The answer's headers (`Retry-After`, `X-Request-Id`...), when the API answered; never in `toJSON()`. */
  readonly headers: Headers | undefined;

  constructor(message: string, init: PortalErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.retryable = init.retryable ?? false;
    this.headers = init.headers;
  }

  /** A plain object safe to log: no headers, no body, no token, no URL query. */
  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      status: this.status,
      code: this.code,
      requestId: this.requestId,
      retryable: this.retryable,
    };
  }
}

/** 400 or 422: the request or the dossier's data is not valid. `issues` is keyed by JSON Pointer. */
export class ValidationError extends PortalError {
  /** The issues keyed by JSON Pointer (`/mother/personalId`), as a form wants them. */
  readonly issues: Readonly<Record<string, readonly ValidationIssue[]>>;

  constructor(message: string, init: PortalErrorInit & { issues?: readonly ValidationIssue[] }) {
    super(message, init);
    const byPointer: Record<string, ValidationIssue[]> = {};
    for (const issue of init.issues ?? []) (byPointer[issue.pointer] ??= []).push(issue);
    this.issues = byPointer;
  }

  override toJSON(): Record<string, unknown> {
    // Issue messages name fields, never their values, so they are safe to keep.
    return { ...super.toJSON(), issues: this.issues };
  }
}

/** 401: no token, or one the API does not accept. */
export class AuthenticationError extends PortalError {}

/** 403: the token is valid but may not do this. */
export class PermissionError extends PortalError {}

/** 404: no such resource (or another persona's). */
export class NotFoundError extends PortalError {}

/** 409: the resource's state forbids this, or an idempotency key was reused with another body. */
export class ConflictError extends PortalError {}

/** 429: too many requests. `retryAfter` is the wait the API asked for, in milliseconds. */
export class RateLimitError extends PortalError {
  /** The wait the API asked for, in milliseconds (`undefined` when it gave none). */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: PortalErrorInit & { retryAfter?: number | undefined }) {
    super(message, { ...init, retryable: true });
    this.retryAfter = init.retryAfter;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfter: this.retryAfter };
  }
}

/** 5xx: the server failed. */
export class ServerError extends PortalError {}

/** No answer: the network failed or the connection was closed. */
export class ConnectionError extends PortalError {}

/** An attempt took longer than `timeout`, or the call passed its `deadline`. */
export class TimeoutError extends PortalError {}

/** The caller's `AbortSignal` was aborted. */
export class AbortError extends PortalError {}
