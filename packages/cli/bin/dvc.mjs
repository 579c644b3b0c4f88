#!/usr/bin/env node
// The `dvc` executable of a workspace checkout: runs the build in dist/, or says how to make it.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  process.stderr.write(
    'dvc: @dvc-kit/cli is not built yet. From the repository root run:\n' +
      '  corepack pnpm --filter "@dvc-kit/cli..." build\n',
  );
  process.exitCode = 2;
}
