/**
 * Guards the benchmark inputs (bench/fixtures): the valid application is valid and the invalid one
 * is wrong in at least 30 places, for the compiled validator, Ajv and the hand-written zod schema
 * alike, so `pnpm bench` never silently measures something else.
 */
import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';
import { createAjv } from '../bench/ajv.js';
import invalid from '../bench/fixtures/residence-application.invalid.json';
import schema from '../bench/fixtures/residence-application.schema.json';
import valid from '../bench/fixtures/residence-application.valid.json';
import { buildResidenceZod } from '../bench/hand-written-zod.js';

describe('benchmark fixtures', () => {
  const validator = compileSchema(schema);
  const ajv = createAjv().compile(schema);
  const zod = buildResidenceZod();

  it('accept the valid application', () => {
    expect(validator.validate(valid)).toEqual({ ok: true, value: valid });
    expect(ajv(valid), JSON.stringify(ajv.errors)).toBe(true);
    expect(zod.safeParse(valid).error?.issues).toBeUndefined();
  });

  it('find at least 30 problems in the invalid application', () => {
    const r = validator.validate(invalid, { locale: 'vi' });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues.length).toBeGreaterThanOrEqual(30);
    expect(new Set(issues.map((i) => i.pointer)).size).toBeGreaterThanOrEqual(30);
    expect(issues.every((i) => i.message.length > 0)).toBe(true);
    expect(ajv(invalid)).toBe(false);
    expect(ajv.errors?.length ?? 0).toBeGreaterThanOrEqual(30);
    expect(zod.safeParse(invalid).error?.issues.length ?? 0).toBeGreaterThanOrEqual(30);
  });
});
