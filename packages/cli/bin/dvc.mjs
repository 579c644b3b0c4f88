#!/usr/bin/env node
// The `dvc` executable. Installed from the registry it runs the build in dist/. In a checkout of
// the dvc-kit workspace (where tsconfig.json sits beside src/) it runs the TypeScript sources through
// Vite's module runner instead, so `npx dvc` needs no build and never runs a stale one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => new URL(path, import.meta.url);
const SOURCE = ['@dvc-kit/source', 'node', 'import', 'default'];

/**
 * Runs the command through Vite's module runner; false when Vite is not installed. The command runs
 * inside the import (src/internal/run-awaited.ts awaits it at its top level): the runner is closed
 * once the import settles, and a command loaded on demand (build-validators) must be done by then.
 */
async function runFromSource() {
  let vite;
  try {
    vite = await import('vite');
  } catch {
    return false;
  }
  await vite.runnerImport(fileURLToPath(here('../src/internal/run-awaited.ts')), {
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(here('..')),
    // runnerImport runs in its own "inline" environment: resolve our packages from their sources
    // (the `@dvc-kit/source` export condition) instead of externalising them to dist/.
    environments: {
      inline: { resolve: { conditions: SOURCE, noExternal: [/^@dvc-kit\//] } },
    },
  });
  return true;
}

const inWorkspace =
  existsSync(here('../tsconfig.json')) && existsSync(here('../src/internal/run-awaited.ts'));
if (inWorkspace && (await runFromSource())) {
  // The command has run and set process.exitCode.
} else if (existsSync(here('../dist/cli.js'))) {
  await import(here('../dist/cli.js').href);
} else {
  process.stderr.write(
    'dvc: @dvc-kit/cli is not built yet. From the repository root run:\n' +
      '  corepack pnpm --filter "@dvc-kit/cli..." build\n',
  );
  process.exitCode = 2;
}
