/** Logging: levels, and a logger interface the console satisfies. */

/** How much the client logs: `debug` adds masked headers and bodies; `off` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'off';

/** Where log lines go; `console` fits. Every value given to it is already masked. */
export interface Logger {
  /** Masked headers and bodies of each attempt. */
  debug(message: string, details?: Record<string, unknown>): void;
  /** One line per attempt: method, path, status, time, request id. */
  info(message: string, details?: Record<string, unknown>): void;
  /** Retries, Deprecation and Sunset notices. */
  warn(message: string, details?: Record<string, unknown>): void;
  /** Calls that fail for good. */
  error(message: string, details?: Record<string, unknown>): void;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3, off: 4 };

/** Whether a message of `level` passes the threshold `threshold`. */
export function logs(threshold: LogLevel, level: Exclude<LogLevel, 'off'>): boolean {
  return RANK[level] >= RANK[threshold];
}

/** What a `Deprecation`/`Sunset` answer said about an endpoint (reported once per method and path). */
export interface DeprecationNotice {
  /** The method of the call that got the notice. */
  readonly method: string;
  /** The URL path (without the query). */
  readonly path: string;
  /** The `Deprecation` header, e.g. `@1767225600`. */
  readonly deprecation: string | null;
  /** The `Sunset` header: the HTTP date after which the endpoint may be gone. */
  readonly sunset: string | null;
  /** The `Link` header, which may point at migration notes. */
  readonly link: string | null;
}
