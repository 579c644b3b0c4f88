/** The Hono environment of the sandbox: what middleware puts on the context for handlers. */
import type { Principal } from '../auth/principal.js';

/** Variables set per request. */
export interface SandboxVariables {
  requestId: string;
  /** The sandbox's public origin (`--public-url`), for absolute URLs and the OIDC issuer; never the `Host` header. */
  publicOrigin: string;
  /** Set by `requireAuth` on authenticated routes. */
  principal: Principal;
}

/** The Hono `Env` of every sandbox route. */
export interface SandboxEnv {
  Variables: SandboxVariables;
}
