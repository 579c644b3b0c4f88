/**
 * Small constructors for `FormatResult`, so every check answers in the same shape.
 */
import type { FormatResult } from '../../formats/format-check.js';

/** The one valid answer. */
export const OK: FormatResult = Object.freeze({ ok: true });

/** An invalid answer with a stable reason and, optionally, message parameters. */
export function fail(reason: string, params?: Record<string, unknown>): FormatResult {
  return params === undefined ? { ok: false, reason } : { ok: false, reason, params };
}
