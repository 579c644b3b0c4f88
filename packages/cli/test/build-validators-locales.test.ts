/**
 * `dvc build-validators --locale`, run through the real executable (bin/dvc.mjs as a child
 * process): a module built for Vietnamese only carries no English message and answers every
 * locale in Vietnamese, with the interpreter's issues; one built `en,vi` answers in English by
 * default and in Vietnamese when asked.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSchema, type ValidationResult } from '@dvc-kit/validation';
import { fieldsFromPlan, type FieldPlan } from '@dvc-kit/validation/runtime';
import { listFormats } from '@dvc-kit/validation/lists';
import { unpackBook, type MessageBook } from '@dvc-kit/validation/runtime';
import { CLI_DIR, PROCEDURES_DIR, samplesOf } from './helpers.js';

const BIN = join(CLI_DIR, 'bin', 'dvc.mjs');
const SLUG = 'permanent-residence-registration';
const runtime = fileURLToPath(import.meta.resolve('@dvc-kit/validation/runtime'));
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'dvc-build-validators-locales-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

function dvcBin(args: string[]): Promise<Exec> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: PROCEDURES_DIR, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

type Validator = { validate(d: unknown, o?: { locale?: 'vi' | 'en' }): ValidationResult };

async function build(
  locale: string,
  out: string,
  extra: string[] = [],
): Promise<{ code: string; validator: Validator }> {
  const run = await dvcBin([
    'build-validators',
    `definitions/${SLUG}.json`,
    '--out',
    out,
    '--runtime',
    runtime,
    '--locale',
    locale,
    ...extra,
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const file = join(out, `${SLUG}.validator.js`);
  const code = await readFile(file, 'utf8');
  const { validator } = (await import(/* @vite-ignore */ file)) as { validator: Validator };
  return { code, validator };
}

const json = async (path: string): Promise<unknown> =>
  JSON.parse(await readFile(join(PROCEDURES_DIR, path), 'utf8')) as unknown;
/** A book's JSON without the decoder of marked texts (`FV(...)`): its keys and locales are not marked. */
const unmarked = (source: string): string => /^\/\* @__PURE__ \*\/ FV\((.*)\)$/.exec(source)?.[1] ?? source;

/**
 * The locales of the message book a module carries: its `const M = ...;` line, the book as JSON
 * or packed (`unpackBook({...})`, the compact form), its texts marked or not (`FV(...)`).
 */
function bookOf(code: string): { catalogs: string[]; identifiers: string[] } {
  const line = /^const M = (.*);$/m.exec(code)?.[1];
  if (line === undefined) throw new Error('no message book in the module');
  const packed = /^\/\* @__PURE__ \*\/ unpackBook\((.*)\)$/.exec(line)?.[1];
  const book =
    packed === undefined
      ? (JSON.parse(unmarked(line)) as MessageBook)
      : unpackBook(JSON.parse(unmarked(packed)) as Parameters<typeof unpackBook>[0]);
  return { catalogs: Object.keys(book.catalogs), identifiers: Object.keys(book.identifiers) };
}
const messages = (r: ValidationResult): string[] => (r.ok ? [] : r.issues.map((i) => i.message));
const plain = (r: ValidationResult): unknown => (r.ok ? [] : r.issues.map((i) => ({ ...i })));

describe('dvc build-validators --locale (the real executable)', () => {
  it('builds for Vietnamese only: no English catalog, the interpreter’s Vietnamese issues in every locale', async () => {
    const { code, validator } = await build('vi', join(temp, 'vi'));
    // The English catalog and identifier messages are left out of the module (its labels keep
    // both languages: they are issue params too).
    expect(bookOf(code)).toEqual({ catalogs: ['vi'], identifiers: ['vi'] });
    const def = (await json(`definitions/${SLUG}.json`)) as { dataSchema: unknown };
    const interpreter = compileSchema(def.dataSchema, { formats: listFormats });
    const samples = samplesOf(SLUG);
    expect(samples.invalid.length).toBeGreaterThan(0);
    for (const sample of samples.invalid) {
      const data = await json(sample);
      const expected = plain(interpreter.validate(data, { locale: 'vi' }));
      expect(plain(validator.validate(data)), sample).toEqual(expected);
      // English is not built in: answered in the default locale, Vietnamese.
      expect(plain(validator.validate(data, { locale: 'en' })), sample).toEqual(expected);
    }
    for (const sample of samples.valid) expect(validator.validate(await json(sample)).ok, sample).toBe(true);
  }, 120_000);

  it('builds en,vi with English as the default and Vietnamese on request', async () => {
    const { code, validator } = await build('en,vi', join(temp, 'en-vi'));
    expect(bookOf(code)).toEqual({ catalogs: ['en', 'vi'], identifiers: ['en', 'vi'] });
    const def = (await json(`definitions/${SLUG}.json`)) as { dataSchema: unknown };
    const interpreter = compileSchema(def.dataSchema, { formats: listFormats });
    const sample = samplesOf(SLUG).invalid[0] as string;
    const data = await json(sample);
    const en = messages(interpreter.validate(data, { locale: 'en' }));
    expect(en.length).toBeGreaterThan(0);
    expect(messages(validator.validate(data))).toEqual(en);
    expect(messages(validator.validate(data, { locale: 'vi' }))).toEqual(
      messages(interpreter.validate(data, { locale: 'vi' })),
    );
    expect(en).not.toEqual(messages(interpreter.validate(data, { locale: 'vi' })));
  }, 120_000);

  it('builds for speed with --fast: the JIT’s own-ness tests, the interpreter’s issues', async () => {
    const { code, validator } = await build('vi,en', join(temp, 'fast'), ['--fast']);
    expect(code).toMatch(/ !== OP\.\w+ \|\| H\(v, "/);
    const def = (await json(`definitions/${SLUG}.json`)) as { dataSchema: unknown };
    const interpreter = compileSchema(def.dataSchema, { formats: listFormats });
    const samples = samplesOf(SLUG);
    for (const sample of samples.invalid) {
      const data = await json(sample);
      expect(plain(validator.validate(data)), sample).toEqual(plain(interpreter.validate(data)));
    }
    for (const sample of samples.valid) expect(validator.validate(await json(sample)).ok, sample).toBe(true);
    const help = await dvcBin(['build-validators', '--help']);
    expect(help.stdout).toContain('--fast');
  }, 120_000);

  it('writes the field plan with --field-plan: the compiled validator’s active and required fields', async () => {
    const { validator } = await build('vi', join(temp, 'plan'), ['--field-plan']);
    const plan = (validator as { fieldPlan?: FieldPlan }).fieldPlan;
    expect(plan).toBeDefined();
    const def = (await json(`definitions/${SLUG}.json`)) as { dataSchema: unknown };
    const compiled = compileSchema(def.dataSchema, { formats: listFormats });
    const fields = fieldsFromPlan(plan as FieldPlan);
    const samples = samplesOf(SLUG);
    for (const sample of [...samples.valid, ...samples.invalid]) {
      const data = await json(sample);
      expect(fields.activeAndRequiredFields(data), sample).toEqual(compiled.activeAndRequiredFields(data));
    }
    const { validator: without } = await build('vi', join(temp, 'no-plan'));
    expect((without as { fieldPlan?: FieldPlan }).fieldPlan).toBeUndefined();
    const help = await dvcBin(['build-validators', '--help']);
    expect(help.stdout).toContain('--field-plan');
  }, 120_000);

  it('refuses a locale it has no messages for, and documents the option', async () => {
    const bad = await dvcBin([
      'build-validators',
      `definitions/${SLUG}.json`,
      '--out',
      temp,
      '--locale',
      'fr',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--locale takes vi, en or both');
    const help = await dvcBin(['build-validators', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--locale <list>');
    expect(help.stdout).toContain('vi,en');
  }, 120_000);
});
