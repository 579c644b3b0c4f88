/** Who is calling: a persona (a fake citizen or enterprise), a server client, or the sandbox's admin. */

/** The caller of an authenticated request. */
export type Principal =
  | {
      kind: 'persona';
      personaId: string;
      accountType: 'citizen' | 'enterprise' | 'organisation';
      /** The scopes of an OpenID Connect access token; absent for a fixed token (every scope). */
      scope?: string;
      /** The OAuth client the access token was issued to; absent for a fixed token (`sandbox-portal`). */
      clientId?: string;
    }
  | { kind: 'client'; clientId: string; scope: string }
  | { kind: 'admin' };
