/**
 * `@dvc-kit/validation/csp`: the same API as the main entry, with zod switched to jitless mode as
 * a side effect of importing it. Import it first in pages served under a strict CSP.
 */
import { useJitless } from './jitless.js';

useJitless();

export * from './index.js';
