/**
 * `pnpm example:node-backend`: runs the back end against a portal API (the sandbox by default) until
 * Ctrl-C. Configuration from the environment:
 * DVC_API_URL (default http://127.0.0.1:4010/v1), DVC_CLIENT_ID and DVC_CLIENT_SECRET (default the
 * sandbox's agency system of Phường Hoàn Kiếm), DVC_CURSOR_FILE (default .dvc-node-backend/cursor.json),
 * WEBHOOK_PORT (default a free port).
 */
import { startBackend } from './backend.js';
import { fileCursorStore } from './cursor-store.js';

const env = process.env;
const clientId = env['DVC_CLIENT_ID'] ?? 'sandbox-agency-hoan-kiem';
const backend = await startBackend({
  baseUrl: env['DVC_API_URL'] ?? 'http://127.0.0.1:4010/v1',
  clientId,
  clientSecret: env['DVC_CLIENT_SECRET'] ?? `${clientId}-secret`,
  cursors: fileCursorStore(env['DVC_CURSOR_FILE'] ?? '.dvc-node-backend/cursor.json'),
  webhookPort: Number(env['WEBHOOK_PORT'] ?? 0),
  log: (message) => {
    console.log(`[node-backend] ${message}`);
  },
});
console.log(`[node-backend] following the change feed; webhooks at ${backend.webhookUrl}`);
await backend.sync();

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.once(signal, () => {
    void backend.close().then(() => process.exit(0));
  });
