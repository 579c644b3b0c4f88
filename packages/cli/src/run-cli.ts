/** `runCli`: the whole `dvc` command line, with injectable output; `main` runs it on the real process. */
import { codegenCommand } from './commands/codegen.js';
import { lintCommand } from './commands/lint.js';
import { validateCommand } from './commands/validate.js';
import { CliError, UsageError } from './errors.js';
import { processIo, type CliIo } from './io.js';
import { nearest } from './internal/suggest.js';
import { VERSION } from './internal/version.js';

const COMMANDS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  lint: lintCommand,
  codegen: codegenCommand,
  validate: validateCommand,
  // Loaded on demand: the code generator is needed by this command only.
  'build-validators': async (args, io) =>
    (await import('./commands/build-validators.js')).buildValidatorsCommand(args, io),
};

const HELP = `Usage: dvc <command> [options]

Commands:
  lint <definition.json...>                Check procedure definitions
  codegen <definition.json...> --out <dir> Generate TypeScript types for dossier data
  validate <definition.json> <data.json>   Validate a dossier's data
  build-validators <definition.json...> --out <dir>
                                           Precompile dossier validators (CSP-safe ES modules)

Options:
  -h, --help     Show this help (dvc <command> --help for a command)
  -v, --version  Show the version

Exit codes: 0 success, 1 problems found, 2 usage error or unreadable file.
`;

/**
 * Runs `dvc` with `args` (what follows `dvc` on the command line), writing to `io`.
 * Never throws: every error is reported on `io.stderr`.
 * @returns the exit code: 0 success, 1 problems found, 2 usage error or unreadable input.
 */
export async function runCli(args: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [first, ...rest] = args;
  try {
    if (first === undefined) {
      io.stderr.write(HELP);
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      if (topic !== undefined && Object.hasOwn(COMMANDS, topic))
        return await runCommand(topic, ['--help'], io);
      io.stdout.write(HELP);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (first.startsWith('-')) {
      const hint = nearest(first, ['--help', '--version']);
      throw new UsageError(
        `Unknown option '${first}'.${hint === undefined ? '' : ` Did you mean '${hint}'?`}`,
      );
    }
    if (!Object.hasOwn(COMMANDS, first)) {
      const hint = nearest(first, Object.keys(COMMANDS));
      throw new UsageError(
        `Unknown command '${first}'.${hint === undefined ? '' : ` Did you mean '${hint}'?`}`,
      );
    }
    return await runCommand(first, rest, io);
  } catch (error) {
    return report(error, io);
  }
}

async function runCommand(name: string, args: readonly string[], io: CliIo): Promise<number> {
  const command = COMMANDS[name];
  if (command === undefined) throw new UsageError(`Unknown command '${name}'.`);
  return command(args, io);
}

function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    const help = error.command === undefined ? 'dvc --help' : `dvc ${error.command} --help`;
    io.stderr.write(`dvc: ${error.message}\nRun '${help}' for usage.\n`);
    return error.exitCode;
  }
  if (error instanceof CliError) {
    io.stderr.write(`dvc: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`dvc: unexpected error: ${message}\n`);
  return 2;
}

/** Runs `dvc` on the real process (its stdout, stderr and working directory). */
export function main(args: readonly string[]): Promise<number> {
  return runCli(args, processIo());
}
