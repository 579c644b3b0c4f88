import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codegen, InputError, lintFiles, UsageError, validateFile } from '@dvc-kit/cli';
import { CLI_DIR, dvc, FIXTURES } from './helpers.js';

const version = (JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8')) as { version: string })
  .version;

describe('dvc, the command line', () => {
  it('prints its version', async () => {
    expect(await dvc(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await dvc(['-v'])).stdout).toBe(`${version}\n`);
  });

  it('prints help, and help for each command', async () => {
    const help = await dvc(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dvc <command>/);
    for (const command of ['lint', 'codegen', 'validate']) {
      expect(help.stdout).toContain(command);
      const own = await dvc([command, '--help']);
      expect(own).toMatchObject({ code: 0, stderr: '' });
      expect(own.stdout).toMatch(new RegExp(`^Usage: dvc ${command} `));
      expect(own.stdout).toContain('Exit codes:');
      expect((await dvc(['help', command])).stdout).toBe(own.stdout);
      expect((await dvc([command, '-h'])).stdout).toBe(own.stdout);
    }
  });

  it('prints help on stderr and exits 2 with no command', async () => {
    const run = await dvc([]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^Usage: dvc <command>/);
  });

  it('suggests the nearest command or option', async () => {
    expect(await dvc(['valdate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "dvc: Unknown command 'valdate'. Did you mean 'validate'?\nRun 'dvc --help' for usage.\n",
    });
    expect(await dvc(['lint', 'minimal.json', '--jsno'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "dvc: Unknown option '--jsno' for 'dvc lint'. Did you mean '--json'?\nRun 'dvc lint --help' for usage.\n",
    });
    expect((await dvc(['codegen', 'minimal.json', '--output', 'x'])).stderr).toContain(
      "Did you mean '--out'?",
    );
    expect((await dvc(['validate', 'a.json', 'b.json', '--lcoale', 'en'])).stderr).toContain(
      "Unknown option '--lcoale' for 'dvc validate'. Did you mean '--locale'?",
    );
    expect((await dvc(['--verison'])).stderr).toContain("Did you mean '--version'?");
    expect((await dvc(['validate', 'a.json', 'b.json', '--locale', 'fr'])).stderr).toContain(
      "Option '--locale' must be one of vi, en.",
    );
  });

  it('says what is missing from a command line', async () => {
    expect((await dvc(['lint'])).stderr).toContain('lint needs at least one definition file.');
    expect((await dvc(['codegen', 'minimal.json'])).stderr).toContain("codegen needs '--out <dir>'.");
    expect((await dvc(['codegen', 'minimal.json', '--out'])).stderr).toContain(
      "Option '--out' needs a value.",
    );
    const validate = await dvc(['validate', 'minimal.json']);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toContain('validate needs exactly two files');
  });

  it('names a missing file and exits 2', async () => {
    expect(await dvc(['lint', 'minimal.json', 'nope.json'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'dvc: File not found: nope.json\n',
    });
    expect((await dvc(['validate', 'minimal.json', 'missing/data.json'])).stderr).toBe(
      'dvc: File not found: missing/data.json\n',
    );
    expect((await dvc(['lint', '.'])).stderr).toBe(`dvc: Not a file: ${FIXTURES_NAME}\n`);
  });
});

describe('the command functions', () => {
  it('throw an InputError for a missing file', async () => {
    const missing = { name: 'InputError', code: 'file_not_found', file: 'nope.json', exitCode: 2 };
    await expect(lintFiles(['nope.json'], { cwd: FIXTURES })).rejects.toBeInstanceOf(InputError);
    await expect(lintFiles(['nope.json'], { cwd: FIXTURES })).rejects.toMatchObject(missing);
    await expect(validateFile('minimal.json', 'nope.json', { cwd: FIXTURES })).rejects.toMatchObject(missing);
    await expect(codegen(['nope.json'], { cwd: FIXTURES, outDir: 'x', write: false })).rejects.toMatchObject(
      missing,
    );
  });

  it('throw a UsageError when two definitions share a slug', async () => {
    const twice = codegen(['minimal.json', 'minimal.json'], { cwd: FIXTURES, outDir: 'x', write: false });
    await expect(twice).rejects.toBeInstanceOf(UsageError);
  });
});

/** `.` shown from the fixtures folder is the folder's absolute path. */
const FIXTURES_NAME = FIXTURES;
