#!/usr/bin/env node
/** The `dvc` executable: runs the command line and exits with its code. */
import { main } from './run-cli.js';

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
