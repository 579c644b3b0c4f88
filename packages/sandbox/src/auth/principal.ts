/**
 * Who is calling: a persona (a fake citizen or enterprise), an official of an agency, a server
 * client (an agency's own system when it is bound to an agency), or the sandbox's admin.
 */

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
  | {
      kind: 'official';
      officialId: string;
      /** The agency the official works for. */
      agencyId: string;
      /** The scopes of an OpenID Connect access token; absent for a fixed token (every scope). */
      scope?: string;
      clientId?: string;
    }
  | {
      kind: 'client';
      clientId: string;
      scope: string;
      /** The agency an agency system acts for; absent for other server clients. */
      agencyId?: string;
    }
  | { kind: 'admin' };

/** The kinds of principal. */
export type PrincipalKind = Principal['kind'];
