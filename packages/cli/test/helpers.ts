/** Shared by the CLI tests: run `dvc` through `runCli` with captured output, and find the fixtures. */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli } from '@dvc-kit/cli';

/** The cli package folder. */
export const CLI_DIR = resolve(import.meta.dirname, '..');
/** Fixtures of this package. */
export const FIXTURES = join(CLI_DIR, 'test', 'fixtures');
/** The procedures package: reference definitions and their sample dossiers. */
export const PROCEDURES_DIR = resolve(CLI_DIR, '..', 'procedures');

/** What one `dvc` run produced. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `dvc args...` in `cwd` with captured stdout and stderr. */
export async function dvc(args: string[], cwd: string = FIXTURES): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    stdout: { write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    cwd,
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** The reference definition files, as paths relative to the procedures package. */
export function referenceDefinitions(): string[] {
  return readdirSync(join(PROCEDURES_DIR, 'definitions'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `definitions/${f}`);
}

/** The sample dossiers of a slug, relative to the procedures package. */
export function samplesOf(slug: string): { valid: string[]; invalid: string[] } {
  const files = readdirSync(join(PROCEDURES_DIR, 'samples', slug)).sort();
  const data = files.filter((f) => !f.endsWith('.expected.json')).map((f) => `samples/${slug}/${f}`);
  return {
    valid: data.filter((f) => /\/valid[^/]*\.json$/.test(f)),
    invalid: data.filter((f) => /\/invalid[^/]*\.json$/.test(f)),
  };
}
