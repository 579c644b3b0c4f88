import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const codes = (schema: unknown, data: unknown) => {
  const r = compileSchema(schema).validate(data);
  return r.ok ? [] : r.issues.map((i) => `${i.pointer}:${i.code}`);
};

describe('array keywords', () => {
  it('prefixItems then items', () => {
    const schema = { prefixItems: [{ type: 'string' }, { type: 'number' }], items: { type: 'boolean' } };
    expect(codes(schema, ['a', 1, true, false])).toEqual([]);
    expect(codes(schema, [1, 'a', 0])).toEqual(['/0:type', '/1:type', '/2:type']);
    expect(codes({ prefixItems: [{}], items: false }, [1, 2])).toEqual(['/1:not_allowed']);
  });

  it('reads the draft-07 array form of items as a tuple, and refuses it beside prefixItems', () => {
    expect(compileSchema({ items: [{ type: 'string' }] }).validate([1]).ok).toBe(false);
    expect(() => compileSchema({ prefixItems: [{}], items: [{}] })).toThrow(/prefixItems/);
  });

  it('contains with minContains / maxContains', () => {
    expect(codes({ contains: { const: 1 } }, [2, 3])).toEqual([':contains']);
    expect(codes({ contains: { const: 1 }, minContains: 2 }, [1, 2])).toEqual([':contains']);
    expect(codes({ contains: { const: 1 }, maxContains: 1 }, [1, 1])).toEqual([':max_contains']);
    expect(codes({ contains: { const: 1 }, minContains: 0 }, [])).toEqual([]);
  });

  it('minItems, maxItems, uniqueItems', () => {
    expect(codes({ minItems: 1 }, [])).toEqual([':min_items']);
    expect(codes({ maxItems: 1 }, [1, 2])).toEqual([':max_items']);
    expect(codes({ uniqueItems: true }, [{ a: 1 }, { a: 1.0 }])).toEqual(['/1:unique_items']);
    expect(codes({ uniqueItems: true }, [1, '1', [1]])).toEqual([]);
  });
});
