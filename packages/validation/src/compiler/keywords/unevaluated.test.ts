import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const codes = (schema: unknown, data: unknown) => {
  const r = compileSchema(schema).validate(data);
  return r.ok ? [] : r.issues.map((i) => `${i.pointer}:${i.code}`);
};

describe('unevaluatedProperties / unevaluatedItems', () => {
  it('see properties evaluated by allOf, $ref and the active if/then branch', () => {
    const schema = {
      $defs: { base: { properties: { id: {} } } },
      allOf: [{ $ref: '#/$defs/base' }],
      properties: { kind: {} },
      if: { properties: { kind: { const: 'a' } } },
      then: { properties: { a: {} } },
      unevaluatedProperties: false,
    };
    expect(codes(schema, { id: 1, kind: 'a', a: 1 })).toEqual([]);
    expect(codes(schema, { id: 1, kind: 'b', a: 1 })).toEqual(['/a:additional_property']);
  });

  it('ignore properties of failed anyOf branches', () => {
    const schema = {
      anyOf: [{ properties: { a: { type: 'string' } }, required: ['a'] }, { properties: { b: {} } }],
      unevaluatedProperties: false,
    };
    expect(codes(schema, { a: 1, b: 1 })).toEqual(['/a:additional_property']);
  });

  it('see items evaluated by prefixItems and contains', () => {
    expect(
      codes({ prefixItems: [{}], contains: { const: 'x' }, unevaluatedItems: false }, [1, 'x', 'y']),
    ).toEqual(['/2:additional_item']);
  });
});
