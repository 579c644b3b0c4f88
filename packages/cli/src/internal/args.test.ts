import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors.js';
import { parseCommandArgs, type OptionSpec } from './args.js';

const options: Record<string, OptionSpec> = {
  out: { type: 'string', short: 'o' },
  locale: { type: 'string', choices: ['vi', 'en'] },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function usage(args: string[]): UsageError {
  try {
    parseCommandArgs('codegen', args, options);
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('parsed');
}

describe('parseCommandArgs', () => {
  it('parses options and positionals', () => {
    const parsed = parseCommandArgs(
      'codegen',
      ['a.json', '--out', 'gen', 'b.json', '--json', '--locale=en'],
      options,
    );
    expect(parsed.positionals).toEqual(['a.json', 'b.json']);
    expect(parsed.values).toEqual({ out: 'gen', locale: 'en', json: true, help: undefined });
    expect(parseCommandArgs('codegen', ['-o', 'x', '--', '--json'], options)).toMatchObject({
      values: { out: 'x', json: undefined },
      positionals: ['--json'],
    });
  });

  it('names the nearest known option for a typo', () => {
    expect(usage(['--ot', 'x']).message).toBe(
      "Unknown option '--ot' for 'dvc codegen'. Did you mean '--out'?",
    );
    expect(usage(['--frobnicate']).message).toBe("Unknown option '--frobnicate' for 'dvc codegen'.");
    expect(usage(['-z']).message).toBe("Unknown option '-z' for 'dvc codegen'.");
    expect(usage(['--ot']).command).toBe('codegen');
  });

  it('refuses a missing, unexpected or unknown value', () => {
    expect(usage(['--out']).message).toBe("Option '--out' needs a value.");
    expect(usage(['--json=yes']).message).toBe("Option '--json' takes no value.");
    expect(usage(['--locale', 'vn']).message).toBe(
      "Option '--locale' must be one of vi, en. Did you mean 'vi'?",
    );
  });
});
