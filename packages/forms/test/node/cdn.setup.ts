/** Global setup of `node:forms`: `dist/cdn` is built (scripts/build-cdn.mjs) when missing or older than a source. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export default async function setup(): Promise<void> {
  const script = fileURLToPath(new URL('../../scripts/build-cdn.mjs', import.meta.url));
  await promisify(execFile)(process.execPath, [script, '--if-stale']);
}
