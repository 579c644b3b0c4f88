/** The errors the CLI reports instead of a result. Each carries the exit code `dvc` ends with. */

/** Something the CLI could not do. `exitCode` is 2: the command did not run to the end. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  /** The process exit code for this error. */
  readonly exitCode: number = 2;
}

/** A command line `dvc` does not understand: unknown command or option, missing argument. */
export class UsageError extends CliError {
  override readonly name: string = 'UsageError';
  /** The command whose `--help` explains the usage, when known. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** Why a file could not be read. */
export type InputErrorCode = 'file_not_found' | 'not_a_file' | 'unreadable';

/** An input file that is missing or unreadable (bad JSON is a finding, not an `InputError`). */
export class InputError extends CliError {
  override readonly name: string = 'InputError';
  readonly code: InputErrorCode;
  /** The path as the user wrote it. */
  readonly file: string;
  constructor(code: InputErrorCode, file: string, message: string) {
    super(message);
    this.code = code;
    this.file = file;
  }
}
