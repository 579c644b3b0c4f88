/**
 * Command-line parsing on `node:util` `parseArgs`, with the errors a person can act on: an unknown
 * option names the nearest known one, a missing value names the option.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { nearest } from './suggest.js';

/** One option a command accepts. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Allowed values of a string option. */
  choices?: readonly string[];
}

/** The parsed command line: option values by long name, and the positionals in order. */
export interface ParsedArgs {
  values: Readonly<Record<string, string | boolean | undefined>>;
  positionals: string[];
}

/**
 * Parses `args` against `options` (long name to spec).
 * @throws UsageError for an unknown option, a missing or unexpected value, or a value not in `choices`.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
): ParsedArgs {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const [name, spec] of Object.entries(options)) {
    config[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options: config,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const known = Object.keys(options).map((name) => `--${name}`);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    if (spec === undefined) {
      const hint = token.rawName.startsWith('--') ? nearest(token.rawName, known) : undefined;
      const suggestion = hint === undefined ? '' : ` Did you mean '${hint}'?`;
      throw new UsageError(`Unknown option '${token.rawName}' for 'dvc ${command}'.${suggestion}`, command);
    }
    if (spec.type === 'string' && token.value === undefined) {
      throw new UsageError(`Option '${token.rawName}' needs a value.`, command);
    }
    if (spec.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`Option '${token.rawName}' takes no value.`, command);
    }
    if (spec.choices !== undefined && token.value !== undefined && !spec.choices.includes(token.value)) {
      const hint = nearest(token.value, spec.choices);
      throw new UsageError(
        `Option '${token.rawName}' must be one of ${spec.choices.join(', ')}.${hint === undefined ? '' : ` Did you mean '${hint}'?`}`,
        command,
      );
    }
  }
  const out: Record<string, string | boolean | undefined> = {};
  for (const name of Object.keys(options)) {
    const value = values[name];
    out[name] = typeof value === 'string' || typeof value === 'boolean' ? value : undefined;
  }
  return { values: out, positionals };
}
