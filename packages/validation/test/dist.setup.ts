/**
 * Global setup of `node:validation`: the package's `dist` is built (tsup, as for the registry) when
 * `dist/runtime.js` is missing or older than a source, because the precompiled-module budget
 * (test/codegen/bundle.test.ts) measures what a page gets from the registry.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = fileURLToPath(new URL('../dist/runtime.js', import.meta.url));

/** The newest modification time of a file below `dir`, in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return latest;
}

export default async function setup(): Promise<void> {
  if (existsSync(built) && statSync(built).mtimeMs >= newest(`${root}/src`)) return;
  const tsup = createRequire(import.meta.url).resolve('tsup/dist/cli-default.js');
  await promisify(execFile)(process.execPath, [tsup], { cwd: root });
}
