import { describe, expect, it } from 'vitest';
import { compileSchema } from '@dvc-kit/validation';

const issues = (schema: unknown, data: unknown, locale: 'vi' | 'en' = 'vi') => {
  const r = compileSchema(schema).validate(data, { locale });
  return r.ok ? [] : r.issues;
};
const codes = (schema: unknown, data: unknown) => issues(schema, data).map((i) => `${i.pointer}:${i.code}`);

describe('properties and required', () => {
  const schema = {
    type: 'object',
    properties: { phone: { type: 'string', 'x-dvc-label': 'số điện thoại' }, 'a/b~c': { type: 'number' } },
    required: ['phone', 'a/b~c'],
  };

  it('reports each missing property at its own pointer (RFC 6901 escaping) with its label', () => {
    expect(issues(schema, {})).toEqual([
      {
        pointer: '/phone',
        code: 'required',
        params: { property: 'phone', label: 'số điện thoại' },
        message: 'Vui lòng nhập số điện thoại.',
      },
      {
        pointer: '/a~1b~0c',
        code: 'required',
        params: { property: 'a/b~c' },
        message: 'Vui lòng nhập thông tin này.',
      },
    ]);
  });

  it('validates present properties only', () => {
    expect(codes(schema, { phone: 1, 'a/b~c': 2 })).toEqual(['/phone:type']);
  });

  it('treats __proto__ and constructor as ordinary names', () => {
    const v = compileSchema(
      JSON.parse(
        '{"properties": {"__proto__": {"type": "string"}, "constructor": {"type": "string"}}, "required": ["constructor"]}',
      ),
    );
    expect(v.validate(JSON.parse('{"__proto__": 1, "constructor": "x"}'))).toMatchObject({
      ok: false,
      issues: [{ pointer: '/__proto__', code: 'type' }],
    });
    expect(v.validate({}).ok).toBe(false);
    expect(
      compileSchema(JSON.parse('{"__proto__": {"type": "string"}}'), { unknownKeywords: 'ignore' }).validate(
        1,
      ).ok,
    ).toBe(true);
    expect(() => compileSchema(JSON.parse('{"__proto__": {"type": "string"}}'))).toThrow(/__proto__/);
    expect(Object.prototype).not.toHaveProperty('type');
  });
});

describe('patternProperties, additionalProperties, propertyNames', () => {
  it('checks names by pattern, then the rest', () => {
    const schema = {
      properties: { a: {} },
      patternProperties: { '^x-': { type: 'string' } },
      additionalProperties: false,
    };
    expect(codes(schema, { a: 1, 'x-1': 'ok', 'x-2': 2, b: 1 })).toEqual([
      '/x-2:type',
      '/b:additional_property',
    ]);
  });

  it('applies a schema to additional properties', () => {
    expect(codes({ additionalProperties: { type: 'number' } }, { a: 1, b: 'x' })).toEqual(['/b:type']);
  });

  it('propertyNames reports the offending name', () => {
    expect(codes({ propertyNames: { maxLength: 2 } }, { ab: 1, abc: 2 })).toEqual(['/abc:property_name']);
  });

  it('min/maxProperties count own keys', () => {
    expect(codes({ minProperties: 2 }, { a: 1 })).toEqual([':min_properties']);
    expect(codes({ maxProperties: 1 }, { a: 1, b: 2 })).toEqual([':max_properties']);
  });
});

describe('dependentRequired and dependentSchemas', () => {
  it('requires fields when a trigger is present', () => {
    const schema = { dependentRequired: { ownerConsent: ['ownerName'] } };
    expect(codes(schema, { ownerConsent: true })).toEqual(['/ownerName:required']);
    expect(codes(schema, {})).toEqual([]);
  });

  it('applies a schema when a trigger is present', () => {
    const schema = { dependentSchemas: { card: { required: ['billing'] } } };
    expect(codes(schema, { card: 1 })).toEqual(['/billing:required']);
    expect(codes(schema, { billing: 1 })).toEqual([]);
  });
});
