/**
 * The OAuth clients the sandbox knows. There is no registration endpoint: a portal under
 * development uses `sandbox-portal` (public, PKCE) and a server-to-server caller uses
 * `sandbox-server` (confidential, client credentials). Neither secret is a secret: the sandbox is
 * offline.
 */

/** A registered client. */
export interface OAuthClient {
  id: string;
  /** `undefined` for a public client (PKCE only). */
  secret: string | undefined;
  grantTypes: readonly ('authorization_code' | 'refresh_token' | 'client_credentials')[];
  /** The scopes it may ask for. */
  scopes: readonly string[];
  /** The agency a client-credentials client acts for (an agency's own system), if any. */
  agencyId?: string;
  /** Whether `uri` is one of its redirect URIs. */
  acceptsRedirect(uri: string): boolean;
  /**
   * Whether `url` is on one of its registered redirect origins: where a payment page may send the
   * payer back (`returnUrl`). A fragment is allowed, credentials are not.
   */
  acceptsReturnUrl(url: string): boolean;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * An `http` URL on this machine, on any port and path (RFC 8252 §7.3), without credentials or a
 * fragment.
 */
export function isLoopbackRedirect(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return (
    url.protocol === 'http:' &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    url.username === '' &&
    url.password === '' &&
    !uri.includes('#')
  );
}

/** An `http` URL on this machine (any port, path, query and fragment), without credentials. */
export function isLoopbackOrigin(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return isLoopbackRedirect(`${url.origin}/`) && url.username === '' && url.password === '';
}

/** The scopes of the agency API: reading the agency's dossiers, and acting on them. */
export const AGENCY_SCOPES = ['agency.read', 'agency.write'] as const;

/**
 * An agency's own system (a provincial one-stop back end): a confidential client-credentials
 * client bound to one agency, secret `<id>-secret`.
 */
function agencySystem(id: string, agencyId: string): OAuthClient {
  return {
    id,
    secret: `${id}-secret`,
    grantTypes: ['client_credentials'],
    scopes: [...AGENCY_SCOPES, 'webhooks'],
    agencyId,
    acceptsRedirect: () => false,
    acceptsReturnUrl: () => false,
  };
}

/** Every client, by id. */
export const oauthClients: readonly OAuthClient[] = Object.freeze([
  {
    id: 'sandbox-portal',
    secret: undefined,
    grantTypes: ['authorization_code', 'refresh_token'],
    scopes: ['openid', 'profile', 'dossiers', 'payments', 'agency.read', 'agency.write'],
    acceptsRedirect: isLoopbackRedirect,
    acceptsReturnUrl: isLoopbackOrigin,
  },
  {
    id: 'sandbox-server',
    secret: 'sandbox-server-secret',
    grantTypes: ['client_credentials'],
    scopes: ['statistics', 'webhooks'],
    acceptsRedirect: () => false,
    acceptsReturnUrl: () => false,
  },
  agencySystem('sandbox-agency-hoan-kiem', 'SBX.UB.00070.T01'),
  agencySystem('sandbox-agency-ca-hoan-kiem', 'SBX.CA.00070.T01'),
  agencySystem('sandbox-agency-ca-ha-noi', 'SBX.CA.00.T01'),
  agencySystem('sandbox-agency-ben-thanh', 'SBX.UB.26743.T79'),
] satisfies OAuthClient[]);

/** The client with `id`, or `undefined`. */
export function getClient(id: string): OAuthClient | undefined {
  return oauthClients.find((client) => client.id === id);
}
