/**
 * The provincial back end: an agency system signed in with client credentials. The change feed
 * is the source of truth: `sync()` reads it from the stored cursor, processes each dossier event
 * and stores the event's cursor once it is handled, so a restart resumes where it stopped and
 * every event is handled once. Webhooks are the doorbell: a delivery whose signature verifies
 * wakes `sync()` at once instead of waiting for the next poll; one that does not is refused.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  clientCredentials,
  createClient,
  verifyWebhook,
  WebhookVerificationError,
  type FeedEvent,
  type PortalClient,
} from '@dvc-kit/sdk/server';
import type { CursorStore } from './cursor-store.js';
import { DossierProcessor, type Outcome } from './processor.js';

/** Options of {@link startBackend}. */
export interface BackendOptions {
  /** The portal API root, e.g. `http://127.0.0.1:4010/v1`. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  cursors: CursorStore;
  /** Where the webhook receiver listens (default 127.0.0.1, a free port). */
  webhookHost?: string;
  webhookPort?: number;
  /** How often to read the feed without a webhook, in milliseconds (default 5000). */
  pollInterval?: number;
  /** Where progress goes (default nowhere): dossier codes and actions only. */
  log?: (message: string) => void;
}

/** A running back end. */
export interface Backend {
  readonly client: PortalClient;
  /** The webhook receiver's URL, as registered. */
  readonly webhookUrl: string;
  /** Counts, for monitoring: events handled, webhooks verified and refused. */
  readonly stats: { events: number; webhooksVerified: number; webhooksRefused: number };
  /** Reads the feed until it is caught up (one run at a time; a call during a run runs again after it). */
  sync(): Promise<void>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/** The dossier an event is about, when it is a dossier event. */
function dossierIdOf(event: FeedEvent): string | undefined {
  if (!event.type.startsWith('dossier.')) return undefined;
  const dossier = (event.data as { dossier?: { id?: unknown } }).dossier;
  return typeof dossier?.id === 'string' ? dossier.id : undefined;
}

/** Signs in, registers the webhook endpoint, starts the receiver and the poller. */
export async function startBackend(options: BackendOptions): Promise<Backend> {
  const log = options.log ?? (() => undefined);
  const client = createClient({
    baseUrl: options.baseUrl,
    auth: clientCredentials({
      tokenEndpoint: `${options.baseUrl}/auth/token`,
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      scope: 'agency.read agency.write webhooks',
    }),
  });
  const processor = new DossierProcessor(client);
  const stats = { events: 0, webhooksVerified: 0, webhooksRefused: 0 };

  let running: Promise<void> | undefined;
  // `again`: a sync was asked for during a run; `secret`: the endpoint's, once registered.
  const state: { again: boolean; secret: string | undefined } = { again: false, secret: undefined };
  // A function, so the loop reads the flag as set meanwhile.
  const askedAgain = (): boolean => state.again;
  async function run(): Promise<void> {
    do {
      state.again = false;
      for await (const event of client.events.list({ after: options.cursors.load(), limit: 50 })) {
        const id = dossierIdOf(event);
        if (event.type === 'dossier.status_changed' && id !== undefined) {
          const outcome: Outcome = await processor.process(id);
          if (outcome.action !== 'none') log(`${outcome.code ?? id}: ${outcome.action}`);
        }
        options.cursors.save(event.cursor);
        stats.events++;
      }
    } while (askedAgain());
  }
  function sync(): Promise<void> {
    if (running !== undefined) {
      state.again = true;
      return running;
    }
    running = run().finally(() => {
      running = undefined;
    });
    return running;
  }

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req);
      try {
        await verifyWebhook(body, req.headers, state.secret);
      } catch (error) {
        stats.webhooksRefused++;
        res.statusCode = error instanceof WebhookVerificationError ? (error.status ?? 400) : 500;
        res.end();
        return;
      }
      stats.webhooksVerified++;
      res.statusCode = 204;
      res.end();
      sync().catch((error: unknown) => {
        log(`sync failed: ${error instanceof Error ? error.name : 'error'}`);
      });
    })();
  });
  await new Promise<void>((resolve) => {
    server.listen(options.webhookPort ?? 0, options.webhookHost ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const webhookUrl = `http://${options.webhookHost ?? '127.0.0.1'}:${String(port)}/webhooks/dvc`;
  const endpoint = await client.webhooks.create({
    url: webhookUrl,
    events: ['dossier.status_changed'],
    description: 'Hệ thống một cửa tỉnh',
  });
  state.secret = endpoint.secret;

  const timer = setInterval(() => {
    sync().catch((error: unknown) => {
      log(`sync failed: ${error instanceof Error ? error.name : 'error'}`);
    });
  }, options.pollInterval ?? 5000);

  return {
    client,
    webhookUrl,
    stats,
    sync,
    async close() {
      clearInterval(timer);
      await running?.catch(() => undefined);
      await client.webhooks.delete(endpoint.id).catch(() => undefined);
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
