#!/usr/bin/env node
// The `dvc` executable. Installed from the registry it runs the build in dist/. In a checkout of
// the dvc-kit workspace (where tsconfig.json sits beside src/) it runs the TypeScript sources through
// Vite's module runner instead, so `npx dvc` needs no build and never runs a stale one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (path) => new URL(path, import.meta.url);
const SOURCE = ['@dvc-kit/source', 'node', 'import', 'default'];

async function fromSource() {
  let vite;
  try {
    vite = await import('vite');
  } catch {
    return undefined;
  }
  const { module } = await vite.runnerImport(fileURLToPath(here('../src/run-cli.ts')), {
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(here('..')),
    // runnerImport runs in its own "inline" environment: resolve our packages from their sources
    // (the `@dvc-kit/source` export condition) instead of externalising them to dist/.
    environments: {
      inline: { resolve: { conditions: SOURCE, noExternal: [/^@dvc-kit\//] } },
    },
  });
  return module;
}

const inWorkspace = existsSync(here('../tsconfig.json')) && existsSync(here('../src/run-cli.ts'));
const cli = inWorkspace ? await fromSource() : undefined;
if (cli !== undefined) {
  process.exitCode = await cli.main(process.argv.slice(2));
} else if (existsSync(here('../dist/cli.js'))) {
  await import(here('../dist/cli.js').href);
} else {
  process.stderr.write(
    'dvc: @dvc-kit/cli is not built yet. From the repository root run:\n' +
      '  corepack pnpm --filter "@dvc-kit/cli..." build\n',
  );
  process.exitCode = 2;
}
