import { readFileSync, readdirSync } from 'node:fs';
import {
  compileProcedure,
  procedureDefinitions,
  procedureSamples,
  type ExpectedIssue,
} from '@dvc-kit/procedures';
import { describe, expect, test } from 'vitest';
import { generateIndex } from '../scripts/generate-index.mjs';

const byPointer = (a: ExpectedIssue, b: ExpectedIssue): number =>
  a.pointer === b.pointer ? a.code.localeCompare(b.code) : a.pointer < b.pointer ? -1 : 1;

describe.each(procedureDefinitions.map((d) => [d.slug, d] as const))('samples of %s', (slug, definition) => {
  const validator = compileProcedure(definition);
  const samples = procedureSamples(slug);

  test('the valid sample passes', () => {
    expect(validator.validate(samples.valid)).toEqual({ ok: true, value: samples.valid });
  });

  test.each(samples.variants.map((v) => [v.name, v.data] as const))(
    'the valid variant %s passes',
    (_name, data) => {
      const r = validator.validate(data);
      expect(r.ok ? [] : r.issues).toEqual([]);
    },
  );

  test('there are at least four invalid samples', () => {
    expect(samples.invalid.length).toBeGreaterThanOrEqual(4);
  });

  test.each(samples.invalid.map((s) => [s.name, s] as const))(
    'invalid-%s yields exactly its expected issues',
    (_name, sample) => {
      expect(sample.expectedIssues.length).toBeGreaterThan(0);
      const r = validator.validate(sample.data);
      const got = r.ok ? [] : r.issues.map(({ pointer, code }) => ({ pointer, code }));
      expect(got.sort(byPointer)).toEqual([...sample.expectedIssues].sort(byPointer));
    },
  );
});

describe('procedureSamples', () => {
  test('returns fresh copies', () => {
    const a = procedureSamples('birth-registration');
    (a.valid as Record<string, unknown>)['declaration'] = false;
    expect((procedureSamples('birth-registration').valid as Record<string, unknown>)['declaration']).toBe(
      true,
    );
  });

  test('throws a RangeError for an unknown procedure', () => {
    expect(() => procedureSamples('tax-refund')).toThrow(RangeError);
  });

  test('the generated import table lists every definition and sample file', () => {
    const root = new URL('..', import.meta.url);
    expect(readFileSync(new URL('src/internal/files.ts', root), 'utf8')).toBe(generateIndex());
    const slugs = readdirSync(new URL('samples', root));
    expect(slugs.sort()).toEqual(procedureDefinitions.map((d) => d.slug).sort());
  });
});
