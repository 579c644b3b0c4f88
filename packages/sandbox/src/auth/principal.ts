/** Who is calling: a persona (a fake citizen or enterprise), a server client, or the sandbox's admin. */

/** The caller of an authenticated request. */
export type Principal =
  | { kind: 'persona'; personaId: string; accountType: 'citizen' | 'enterprise' | 'organisation' }
  | { kind: 'client'; clientId: string; scope: string }
  | { kind: 'admin' };
