/**
 * `dvc validate <definition> <data.json>`: validates a dossier's data against a definition's data
 * schema and prints each issue with its place in the data file and its localized message.
 */
import { compileProcedure, type ProcedureDefinition } from '@dvc-kit/procedures';
import { SchemaError, type Locale, type Validator } from '@dvc-kit/validation';
import { UsageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../internal/args.js';
import { oneLine, plural, writeLines } from '../internal/format.js';
import { locatePointer } from '../internal/json-source-map.js';
import { readJsonFile, type JsonFile } from '../internal/read-json.js';

/** One problem found by `dvc validate`. */
export interface DossierIssue {
  /** The file the issue is in, as shown: the data file, or the definition when it is unusable. */
  file: string;
  line: number;
  column: number;
  /** JSON Pointer into that file. */
  pointer: string;
  /** A validation code (`required`, `format`, ...), or `json_syntax`, `no_data_schema`, a schema-error code. */
  code: string;
  message: string;
}

/** The result of validating one dossier. */
export interface ValidateFileResult {
  ok: boolean;
  /** The definition and data files, as shown. */
  definition: string;
  data: string;
  issues: DossierIssue[];
}

/** Options of `validateFile`. */
export interface ValidateFileOptions {
  /** Relative paths are resolved against it (default `process.cwd()`). */
  cwd?: string;
  /** Language of the issue messages (default `vi`, the product's first language). */
  locale?: Locale;
}

/**
 * Validates the dossier data in `dataFile` against the `dataSchema` of the definition in
 * `definitionFile`, compiled by `compileProcedure` (messages carry the fields' labels). Province and
 * commune codes are checked against the 2025 list.
 * @throws InputError when a file is missing or unreadable.
 */
export async function validateFile(
  definitionFile: string,
  dataFile: string,
  options: ValidateFileOptions = {},
): Promise<ValidateFileResult> {
  const cwd = options.cwd ?? process.cwd();
  const definition = await readJsonFile(definitionFile, cwd);
  const data = await readJsonFile(dataFile, cwd);
  const result = (issues: DossierIssue[]): ValidateFileResult => ({
    ok: issues.length === 0,
    definition: definition.display,
    data: data.display,
    issues,
  });
  if (!definition.ok) return result([syntaxIssue(definition)]);
  const doc = definition.map.data;
  const schema = doc !== null && typeof doc === 'object' && 'dataSchema' in doc ? doc.dataSchema : undefined;
  if (schema === null || typeof schema !== 'object') {
    const message = 'The definition has no dataSchema object: is it a procedure definition?';
    return result([
      { file: definition.display, line: 1, column: 1, pointer: '', code: 'no_data_schema', message },
    ]);
  }
  const locale = options.locale ?? 'vi';
  let validator: Validator;
  try {
    // Messages name the field by its label in `locale` ("Vui lòng nhập Họ và tên.").
    validator = compileProcedure(doc as ProcedureDefinition, { locale });
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    const pointer = `/dataSchema${error.pointer}`;
    const at = locatePointer(definition.map, pointer);
    const message = `${error.message}. Run 'dvc lint' on the definition.`;
    return result([{ file: definition.display, ...lineColumn(at), pointer, code: error.code, message }]);
  }
  if (!data.ok) return result([syntaxIssue(data)]);
  const outcome = validator.validate(data.map.data);
  if (outcome.ok) return result([]);
  return result(
    outcome.issues.map((issue) => ({
      file: data.display,
      ...lineColumn(locatePointer(data.map, issue.pointer)),
      pointer: issue.pointer,
      code: issue.code,
      message: issue.message,
    })),
  );
}

function lineColumn(at: { line: number; column: number }): { line: number; column: number } {
  return { line: at.line, column: at.column };
}

function syntaxIssue(file: Extract<JsonFile, { ok: false }>): DossierIssue {
  return {
    file: file.display,
    ...lineColumn(file.position),
    pointer: '',
    code: 'json_syntax',
    message: file.message,
  };
}

/** The lines `dvc validate` prints for a result. */
export function formatValidateResult(result: ValidateFileResult): string[] {
  if (result.ok) return [`${result.data}: valid (${result.definition}).`];
  const lines = result.issues.map(
    (i) =>
      `${i.file}:${i.line}:${i.column}  ${i.pointer === '' ? '/' : i.pointer}  ${i.code}  ${oneLine(i.message)}`,
  );
  lines.push(`${result.data}: ${plural(result.issues.length, 'issue')}.`);
  return lines;
}

export const VALIDATE_HELP = `Usage: dvc validate <definition.json> <data.json> [options]

Validates a dossier's data against the data schema of a procedure definition, with the same
validator the forms and the portal use. Province and commune codes are checked against the 2025
list. Prints one line per issue: file:line:col  pointer  code  message.

Options:
  --locale <vi|en> Language of the issue messages (default: vi)
  --json           Print the result as JSON
  -h, --help       Show this help

Exit codes: 0 valid, 1 invalid (or bad JSON, or an unusable definition), 2 usage error or unreadable file.
`;

/** Runs `dvc validate` on a command line (the arguments after `validate`). */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('validate', args, {
    locale: { type: 'string', choices: ['vi', 'en'] },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values['help'] === true) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const [definition, data, ...extra] = positionals;
  if (definition === undefined || data === undefined || extra.length > 0) {
    throw new UsageError('validate needs exactly two files: <definition.json> <data.json>.', 'validate');
  }
  const locale = values['locale'] === 'en' ? 'en' : 'vi';
  const result = await validateFile(definition, data, { cwd: io.cwd, locale });
  if (values['json'] === true) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else writeLines(io.stdout, formatValidateResult(result));
  return result.ok ? 0 : 1;
}
