/**
 * Runs the command line on the real process and waits for it, at the top level. Not a build entry:
 * bin/dvc.mjs imports this file through Vite's module runner in the workspace, and the runner is
 * closed once that import settles, so a command loaded on demand (build-validators) must be done
 * by then. (The built executable, src/cli.ts, cannot await at its top level: it is built as CJS too.)
 */
import { main } from '../run-cli.js';

process.exitCode = await main(process.argv.slice(2));
