/** The reference procedures of @dvc-kit/procedures through `dvc`: they lint clean, their samples validate as labelled. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ValidateFileResult } from '@dvc-kit/cli';
import { dvc, PROCEDURES_DIR, referenceDefinitions, samplesOf } from './helpers.js';

const definitions = referenceDefinitions();
const slugOf = (definition: string): string => definition.replace(/^definitions\/(.*)\.json$/, '$1');

describe('the reference definitions', () => {
  it('exist', () => {
    expect(definitions.length).toBeGreaterThanOrEqual(1);
  });

  it('lint clean, together and one by one', async () => {
    const all = await dvc(['lint', ...definitions], PROCEDURES_DIR);
    expect(all).toEqual({
      code: 0,
      stdout: `${definitions.length} definitions checked: no problems.\n`,
      stderr: '',
    });
    for (const definition of definitions)
      expect((await dvc(['lint', definition], PROCEDURES_DIR)).code).toBe(0);
  });
});

describe.each(definitions)('dvc validate %s', (definition) => {
  const { valid, invalid } = samplesOf(slugOf(definition));

  it('has valid and invalid samples', () => {
    expect(valid.length).toBeGreaterThanOrEqual(1);
    expect(invalid.length).toBeGreaterThanOrEqual(1);
  });

  it.each(valid)('accepts %s (exit 0)', async (sample) => {
    const run = await dvc(['validate', definition, sample], PROCEDURES_DIR);
    expect(run).toEqual({ code: 0, stdout: `${sample}: valid (${definition}).\n`, stderr: '' });
  });

  it.each(invalid)('refuses %s (exit 1) with the expected codes', async (sample) => {
    const expectedFile = join(PROCEDURES_DIR, sample.replace(/\.json$/, '.expected.json'));
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as { pointer: string; code: string }[];
    const json = await dvc(['validate', definition, sample, '--json', '--locale', 'en'], PROCEDURES_DIR);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.stdout) as ValidateFileResult;
    expect(result.ok).toBe(false);
    for (const e of expected) expect(result.issues).toContainEqual(expect.objectContaining(e));
    // The text output names the same pointers and codes, in Vietnamese by default.
    const text = await dvc(['validate', definition, sample], PROCEDURES_DIR);
    expect(text.code).toBe(1);
    for (const e of expected) expect(text.stdout).toContain(`  ${e.pointer || '/'}  ${e.code}  `);
    expect(text.stdout).toMatch(new RegExp(`^${sample.replaceAll('.', '\\.')}:\\d+:\\d+  `, 'm'));
  });
});
