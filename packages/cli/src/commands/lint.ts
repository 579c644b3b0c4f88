/**
 * `dvc lint <definition...>`: checks procedure definitions and reports each problem as
 * `file:line:col  code  message`, like ESLint.
 */
import type { Locale } from '@dvc-kit/validation';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../internal/args.js';
import { checkDefinition, type DefinitionProblem } from '../definition-checks.js';
import { oneLine, plural, writeLines } from '../internal/format.js';
import { locatePointer } from '../internal/json-source-map.js';
import { readJsonFile } from '../internal/read-json.js';

/** One problem found by `dvc lint`, located in the file. */
export interface LintMessage {
  /** 1-based line and column of the value at `pointer` (or of its nearest existing parent). */
  line: number;
  column: number;
  /** JSON Pointer into the definition; `''` for the whole file. */
  pointer: string;
  code: string;
  message: string;
  severity: 'error' | 'warning';
  /** Which check found it: the JSON syntax, the meta-schema, the definition rules, the data-schema compile. */
  source: 'json' | DefinitionProblem['source'];
}

/** The problems of one definition file, sorted by position. */
export interface LintFileResult {
  /** The path as shown: relative to the working directory when inside it. */
  file: string;
  /** The absolute path. */
  path: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
}

/** The result of linting several files. */
export interface LintResult {
  files: LintFileResult[];
  errorCount: number;
  warningCount: number;
}

/** Options of `lintFiles`. */
export interface LintOptions {
  /** Relative paths are resolved against it (default `process.cwd()`). */
  cwd?: string;
  /** The language of meta-schema messages (default `en`: lint speaks to developers). */
  locale?: Locale;
}

/**
 * Lints procedure definition files.
 * @throws InputError when a file is missing or unreadable (bad JSON is reported as a `json_syntax` message).
 */
export async function lintFiles(files: readonly string[], options: LintOptions = {}): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const locale = options.locale ?? 'en';
  const results: LintFileResult[] = [];
  for (const file of files) results.push(await lintFile(file, cwd, locale));
  return {
    files: results,
    errorCount: results.reduce((n, r) => n + r.errorCount, 0),
    warningCount: results.reduce((n, r) => n + r.warningCount, 0),
  };
}

async function lintFile(file: string, cwd: string, locale: Locale): Promise<LintFileResult> {
  const json = await readJsonFile(file, cwd);
  const messages: LintMessage[] = [];
  if (!json.ok) {
    const { line, column } = json.position;
    messages.push({
      line,
      column,
      pointer: '',
      code: 'json_syntax',
      message: json.message,
      severity: 'error',
      source: 'json',
    });
  } else {
    const seen = new Set<string>();
    for (const problem of checkDefinition(json.map.data, locale)) {
      const key = `${problem.pointer}\u0000${problem.code}\u0000${problem.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { line, column } = locatePointer(json.map, problem.pointer);
      messages.push({ line, column, ...problem });
    }
    messages.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
  }
  const errorCount = messages.filter((m) => m.severity === 'error').length;
  return {
    file: json.display,
    path: json.path,
    messages,
    errorCount,
    warningCount: messages.length - errorCount,
  };
}

/** The lines `dvc lint` prints for a result. */
export function formatLintResult(result: LintResult): string[] {
  const lines: string[] = [];
  for (const file of result.files) {
    for (const m of file.messages) {
      const tag = m.severity === 'warning' ? '  (warning)' : '';
      lines.push(`${file.file}:${m.line}:${m.column}  ${m.code}  ${oneLine(m.message)}${tag}`);
    }
  }
  const checked = plural(result.files.length, 'definition');
  const problems = result.errorCount + result.warningCount;
  lines.push(
    problems === 0
      ? `${checked} checked: no problems.`
      : `${plural(problems, 'problem')} (${plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}) in ${checked}.`,
  );
  return lines;
}

export const LINT_HELP = `Usage: dvc lint <definition.json...> [options]

Checks procedure definitions: the definition meta-schema, then the rules a schema cannot express
(labels, layout and condition fields, prefill paths, widgets, document codes, fees), then that the
data schema compiles. Prints one line per problem: file:line:col  code  message.

Options:
  --json           Print the result as JSON
  --locale <vi|en> Language of meta-schema messages (default: en)
  -h, --help       Show this help

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage error or unreadable file.
`;

/** Runs `dvc lint` on a command line (the arguments after `lint`). */
export async function lintCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', args, {
    json: { type: 'boolean' },
    locale: { type: 'string', choices: ['vi', 'en'] },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(LINT_HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('lint needs at least one definition file.', 'lint');
  const locale = values['locale'] === 'vi' ? 'vi' : 'en';
  const result = await lintFiles(positionals, { cwd: io.cwd, locale });
  if (values['json'] === true) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else writeLines(io.stdout, formatLintResult(result));
  return result.errorCount > 0 ? 1 : 0;
}
