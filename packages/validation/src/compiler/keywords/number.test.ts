import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const issue = (schema: unknown, data: unknown) => {
  const r = compileSchema(schema).validate(data);
  return r.ok ? undefined : r.issues[0];
};

describe('number keywords', () => {
  it('minimum / maximum are inclusive, exclusive* are not', () => {
    expect(compileSchema({ minimum: 1, maximum: 3 }).validate(3).ok).toBe(true);
    expect(issue({ minimum: 1 }, 0)).toMatchObject({
      code: 'minimum',
      params: { minimum: 1 },
      message: 'Giá trị phải lớn hơn hoặc bằng 1.',
    });
    expect(issue({ maximum: 1 }, 2)).toMatchObject({ code: 'maximum', params: { maximum: 1 } });
    expect(issue({ exclusiveMinimum: 1 }, 1)).toMatchObject({ code: 'exclusive_minimum' });
    expect(issue({ exclusiveMaximum: 1 }, 1)).toMatchObject({ code: 'exclusive_maximum' });
  });

  it('multipleOf tolerates binary floating point', () => {
    const v = compileSchema({ multipleOf: 0.01 });
    expect(v.validate(19.99).ok).toBe(true);
    expect(v.validate(0.075).ok).toBe(false);
    expect(compileSchema({ multipleOf: 1000 }).validate(15000).ok).toBe(true);
    expect(issue({ multipleOf: 1000 }, 1500)).toMatchObject({
      code: 'multiple_of',
      params: { multipleOf: 1000 },
    });
  });

  it('multipleOf survives overflow of the quotient', () => {
    expect(compileSchema({ type: 'integer', multipleOf: 0.5 }).validate(1e308).ok).toBe(true);
  });

  it('ignores non-numbers and refuses bad keyword values', () => {
    expect(compileSchema({ minimum: 5 }).validate('1').ok).toBe(true);
    expect(() => compileSchema({ multipleOf: 0 })).toThrow(/multipleOf/);
    expect(() => compileSchema({ minimum: '1' })).toThrow(/minimum/);
  });
});
