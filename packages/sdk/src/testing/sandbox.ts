/** Starting the sandbox on a free port for a test, with a client per persona. */
import { createSandbox, type SandboxOptions } from '@dvc-kit/sandbox';
import { createClient, type ClientOptions, type PortalClient } from '../client.js';
import { path } from '../internal/path.js';
import type { Dossier, DossierStatus } from '../types.js';
import { ADMIN_TOKEN, type FakeOfficial, type FakePersona } from './personas.js';

/** A running sandbox. */
export interface TestSandbox {
  /** The server's origin, e.g. `http://127.0.0.1:53211`. */
  readonly url: string;
  /** The API root to give `createClient` (`<url>/v1`). */
  readonly baseUrl: string;
  /** The OIDC issuer (`<url>/v1/auth`). */
  readonly issuer: string;
  /** A client authenticated as `persona` or an official (or with no token). */
  client(persona?: FakePersona | FakeOfficial, options?: Partial<ClientOptions>): PortalClient;
  /** Plays the official: moves a dossier to `status` now. */
  advance(dossierId: string, status: DossierStatus, note?: string): Promise<Dossier>;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Starts an in-memory sandbox on a free port (options as `createSandbox`'s). Close it after the test. */
export async function startSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const sandbox = await createSandbox({ port: 0, inMemory: true, ...options });
  const baseUrl = `${sandbox.url}/v1`;
  const admin = createClient({ baseUrl, auth: ADMIN_TOKEN });
  return {
    url: sandbox.url,
    baseUrl,
    issuer: `${baseUrl}/auth`,
    client: (persona, more) => createClient({ baseUrl, auth: persona?.token, ...more }),
    advance: (dossierId, status, note) =>
      admin.request<Dossier>({
        method: 'POST',
        path: path`/sandbox/dossiers/${dossierId}/advance`,
        body: note === undefined ? { status } : { status, note },
      }),
    close: () => sandbox.close(),
  };
}
