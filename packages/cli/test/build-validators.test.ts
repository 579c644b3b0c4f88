/**
 * `dvc build-validators`: each reference procedure becomes a standalone ES module that gives every
 * sample dossier the same issues as the interpreter, imports nothing but the runtime, and contains
 * no code evaluation.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSchema, type ValidationResult } from '@dvc-kit/validation';
import { listFormats } from '@dvc-kit/validation/lists';
import { dvc, PROCEDURES_DIR, referenceDefinitions, samplesOf } from './helpers.js';

const definitions = referenceDefinitions();
const runtime = fileURLToPath(import.meta.resolve('@dvc-kit/validation/runtime'));
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'dvc-build-validators-'));
});
afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

const json = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, 'utf8')) as unknown;
const plain = (r: ValidationResult): unknown => (r.ok ? [] : r.issues.map((i) => ({ ...i })));

describe('dvc build-validators', () => {
  it('writes one module per procedure that validates every sample as the interpreter does', async () => {
    const run = await dvc(
      ['build-validators', ...definitions, '--out', temp, '--runtime', runtime],
      PROCEDURES_DIR,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const made = (await readdir(temp)).sort();
    const slugs = definitions.map((d) => d.replace(/^definitions\/(.*)\.json$/, '$1'));
    expect(made).toEqual(slugs.flatMap((s) => [`${s}.validator.d.ts`, `${s}.validator.js`]).sort());
    let compared = 0;
    for (const slug of slugs) {
      const file = join(temp, `${slug}.validator.js`);
      const code = await readFile(file, 'utf8');
      expect(code).not.toMatch(/\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(/);
      const imports = [...code.matchAll(/^import .* from "(.*)";$/gm)].map((m) => m[1]);
      expect(imports).toEqual([runtime]);
      const { validator } = (await import(/* @vite-ignore */ file)) as {
        validator: { validate(d: unknown, o?: { locale?: 'vi' | 'en' }): ValidationResult };
      };
      const def = (await json(join(PROCEDURES_DIR, `definitions/${slug}.json`))) as { dataSchema: unknown };
      // What compileProcedure compiles, but for the unit codes (a module checks them by pattern).
      const interpreter = compileSchema(def.dataSchema, { formats: listFormats });
      const samples = samplesOf(slug);
      for (const sample of [...samples.valid, ...samples.invalid]) {
        const data = await json(join(PROCEDURES_DIR, sample));
        for (const locale of ['vi', 'en'] as const) {
          expect(plain(validator.validate(data, { locale })), `${sample} (${locale})`).toEqual(
            plain(interpreter.validate(data, { locale })),
          );
        }
        expect(validator.validate(data).ok, sample).toBe(samples.valid.includes(sample));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(slugs.length * 2);
    // Builds and imports every procedure's module: over 5 s on a loaded machine.
  }, 60_000);

  it('is deterministic', async () => {
    const other = await mkdtemp(join(tmpdir(), 'dvc-build-validators-'));
    try {
      await dvc(['build-validators', definitions[0] as string, '--out', temp], PROCEDURES_DIR);
      await dvc(['build-validators', definitions[0] as string, '--out', other], PROCEDURES_DIR);
      const name = `${(definitions[0] as string).replace(/^definitions\/(.*)\.json$/, '$1')}.validator.js`;
      expect(await readFile(join(other, name), 'utf8')).toBe(await readFile(join(temp, name), 'utf8'));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('refuses to write anything when a definition has errors, and explains its usage', async () => {
    const out = join(temp, 'never');
    const bad = await dvc(['build-validators', 'missing-label.json', '--out', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('nothing was written');
    await expect(readdir(out)).rejects.toThrow();
    const usage = await dvc(['build-validators', 'x.json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("needs '--out <dir>'");
    const help = await dvc(['build-validators', '--help']);
    expect(help.stdout).toContain('script-src');
  });
});
