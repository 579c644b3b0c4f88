/**
 * The committed precompiled validator of the browser tests is what `buildValidatorModule` writes
 * today (run with UPDATE_FIXTURES=1 to rewrite it after a change to the code generator).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { buildValidatorModule } from '@dvc-kit/validation/node';
import { describe, expect, it } from 'vitest';
import {
  conditionalFiles,
  conditionalSchema,
  fixtureFiles,
  precompiledSchema,
} from './precompiled-fixture.js';

describe('the precompiled validator fixture', () => {
  it('equals a fresh buildValidatorModule of its schema', async () => {
    const built = buildValidatorModule(precompiledSchema);
    if (process.env['UPDATE_FIXTURES'] === '1') {
      await writeFile(fixtureFiles.code, built.code);
      await writeFile(fixtureFiles.types, built.types);
    }
    expect(await readFile(fixtureFiles.code, 'utf8')).toBe(built.code);
    expect(await readFile(fixtureFiles.types, 'utf8')).toBe(built.types);
  }, 30_000);

  it('with a condition, equals a fresh build with its field plan', async () => {
    const built = buildValidatorModule(conditionalSchema, { fieldPlan: true });
    expect(built.code).toContain('"q":');
    if (process.env['UPDATE_FIXTURES'] === '1') {
      await writeFile(conditionalFiles.code, built.code);
      await writeFile(conditionalFiles.types, built.types);
    }
    expect(await readFile(conditionalFiles.code, 'utf8')).toBe(built.code);
    expect(await readFile(conditionalFiles.types, 'utf8')).toBe(built.types);
  }, 30_000);
});
