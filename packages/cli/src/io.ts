/** Where the CLI writes and what it reads relative to: injectable, so tests capture the output. */

/** Something text can be written to: `process.stdout`, or a test's buffer. */
export interface CliWriter {
  write(text: string): unknown;
}

/** The outside world of one `runCli` call. */
export interface CliIo {
  stdout: CliWriter;
  stderr: CliWriter;
  /** The directory relative paths are resolved against. */
  cwd: string;
}

/** The real process: its stdout, stderr and working directory. */
export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() };
}
