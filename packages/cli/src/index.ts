/**
 * @dvc-kit/cli: the `dvc` command line as a library. `runCli` runs a whole command line with
 * injectable output; `lintFiles`, `codegen` and `validateFile` are the commands with typed results.
 * Every public name is listed here; code under `src/internal/` is private.
 */
export { runCli, main } from './run-cli.js';
export type { CliIo, CliWriter } from './io.js';
export { CliError, UsageError, InputError, type InputErrorCode } from './errors.js';
export {
  lintFiles,
  formatLintResult,
  type LintMessage,
  type LintFileResult,
  type LintResult,
  type LintOptions,
} from './commands/lint.js';
export {
  codegen,
  type CodegenOptions,
  type CodegenResult,
  type GeneratedFile,
  type GeneratedType,
} from './commands/codegen.js';
export {
  buildValidators,
  type BuildValidatorsOptions,
  type BuildValidatorsResult,
} from './commands/build-validators.js';
export {
  validateFile,
  formatValidateResult,
  type DossierIssue,
  type ValidateFileOptions,
  type ValidateFileResult,
} from './commands/validate.js';
