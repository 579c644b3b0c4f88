#!/usr/bin/env node
/** The `dvc` executable: runs the command line and exits with its code. */
import { main } from './run-cli.js';

// Awaited at the top level: bin/dvc.mjs runs this file through Vite's module runner in the
// workspace, and the runner must stay open until the command's own on-demand imports are done.
process.exitCode = await main(process.argv.slice(2));
