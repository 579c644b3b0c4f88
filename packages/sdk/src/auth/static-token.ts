/** A fixed token: a sandbox persona's, or one the page got elsewhere. */
import type { AuthProvider } from './types.js';

/** Authenticates every request with `token`; a 401 is final. */
export function staticToken(token: string): AuthProvider {
  return {
    getToken: () => Promise.resolve(token),
    invalidate: () => Promise.resolve(false),
  };
}
