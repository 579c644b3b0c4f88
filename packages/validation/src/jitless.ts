/**
 * Strict CSP support. zod 4 compiles a fast path for `z.object` with `new Function` unless
 * `jitless` is set, and probes for eval the first time such a schema is built; under a CSP without
 * `'unsafe-eval'` that probe is reported as a violation. This package never builds `z.object`, so it
 * never triggers the probe itself; call `useJitless()` once (or import `@dvc-kit/validation/csp`)
 * before building zod object schemas of your own in a strict-CSP page.
 */
import * as z from 'zod/mini';

/** Puts zod in jitless mode for the whole page (no `new Function`, no eval probe). Idempotent. */
export function useJitless(): void {
  z.config({ jitless: true });
}

/** Whether zod is currently in jitless mode. */
export function isJitless(): boolean {
  return z.config().jitless === true;
}
