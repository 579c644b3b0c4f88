/** Server-to-server auth: OAuth 2 client credentials. Holds a secret, so it is only in `@dvc-kit/sdk/server`. */
import { memoryStore } from '../auth/token-store.js';
import { requestTokens, type OAuthOptions } from '../auth/token-set.js';
import { TokenSource } from '../auth/token-source.js';
import type { AuthProvider } from '../auth/types.js';

/** Options of `clientCredentials`. */
export interface ClientCredentialsOptions extends OAuthOptions {
  /** The token endpoint, e.g. `http://127.0.0.1:4010/v1/auth/token`. */
  readonly tokenEndpoint: string;
  /** The confidential client's id. */
  readonly clientId: string;
  /** The client's secret: keep it on the server, never in a page. */
  readonly clientSecret: string;
  /** Space-separated scopes, e.g. `statistics webhooks`. */
  readonly scope?: string | undefined;
}

/** An `AuthProvider` that gets (and renews before expiry) a token for the client itself. */
export function clientCredentials(options: ClientCredentialsOptions): AuthProvider {
  const basic = btoa(`${encodeURIComponent(options.clientId)}:${encodeURIComponent(options.clientSecret)}`);
  const grant: Record<string, string> = { grant_type: 'client_credentials' };
  if (options.scope !== undefined) grant['scope'] = options.scope;
  return new TokenSource(
    () =>
      requestTokens(options.tokenEndpoint, grant, {
        ...options,
        headers: { authorization: `Basic ${basic}` },
      }),
    memoryStore(),
    options,
  );
}
