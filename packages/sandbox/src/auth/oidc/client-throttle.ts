/**
 * Throttling wrong client secrets at the token endpoint: after {@link MAX_FAILURES} failures for a
 * client within {@link WINDOW_MS} (on the sandbox clock), every attempt for it, right or wrong, is a
 * 429 with `Retry-After` until the window has passed, so a secret cannot be guessed at speed.
 */
import type { Clock } from '../../clock.js';
import { ApiError } from '../../errors.js';

/** Failed client authentications allowed per window. */
export const MAX_FAILURES = 5;
/** The window, in milliseconds. */
export const WINDOW_MS = 60_000;

/** Recent failures per client id. */
export class ClientThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(private readonly clock: Clock) {}

  #recent(clientId: string): number[] {
    const since = this.clock.now().getTime() - WINDOW_MS;
    const recent = (this.#failures.get(clientId) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.#failures.delete(clientId);
    else this.#failures.set(clientId, recent);
    return recent;
  }

  /**
   * Refuses an attempt for `clientId` while it is throttled.
   * @throws ApiError 429 `rate_limited` with `Retry-After` (seconds).
   */
  check(clientId: string): void {
    const recent = this.#recent(clientId);
    if (recent.length < MAX_FAILURES) return;
    const oldest = recent[recent.length - MAX_FAILURES] ?? 0;
    const seconds = Math.max(1, Math.ceil((oldest + WINDOW_MS - this.clock.now().getTime()) / 1000));
    throw new ApiError(
      429,
      'rate_limited',
      {
        vi: 'Quá nhiều lần xác thực ứng dụng thất bại; vui lòng thử lại sau.',
        en: 'Too many failed client authentications; retry later.',
      },
      { headers: { 'Retry-After': String(seconds) } },
    );
  }

  /** Records a failed authentication of `clientId`. */
  fail(clientId: string): void {
    this.#failures.set(clientId, [...this.#recent(clientId), this.clock.now().getTime()]);
  }
}
