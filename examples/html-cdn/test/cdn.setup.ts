/**
 * Global setup: the single file the page loads (`@dvc-kit/forms`' `dist/cdn`) is built when missing
 * or older than a source, by the forms' own build script, so the test runs on a fresh clone.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

export default async function setup(): Promise<void> {
  const forms = dirname(createRequire(import.meta.url).resolve('@dvc-kit/forms/package.json'));
  await promisify(execFile)(process.execPath, [join(forms, 'scripts', 'build-cdn.mjs'), '--if-stale']);
}
