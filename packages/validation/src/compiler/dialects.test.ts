import { describe, expect, it } from 'vitest';
import { compileSchema, SchemaError } from '@dvc-kit/validation';
import { takeConsoleOutput } from '../../../../test-utils/console.js';

const valid = (schema: unknown, data: unknown): boolean => compileSchema(schema).validate(data).ok;

describe('draft-07 forms read without $schema', () => {
  it('reads items: [...] as a tuple and additionalItems as the rest', () => {
    const tuple = { items: [{ type: 'string' }, { type: 'number' }], additionalItems: { type: 'boolean' } };
    expect(valid(tuple, ['a', 1, true, false])).toBe(true);
    expect(valid(tuple, ['a', 'b'])).toBe(false);
    expect(valid(tuple, ['a', 1, 'x'])).toBe(false);
    expect(valid({ items: [{ type: 'string' }], additionalItems: false }, ['a', 'b'])).toBe(false);
    // additionalItems means nothing beside a schema items.
    expect(valid({ items: { type: 'string' }, additionalItems: false }, ['a', 'b'])).toBe(true);
    expect(() => compileSchema({ prefixItems: [{}], items: [{}] })).toThrow(SchemaError);
  });

  it('reads dependencies as dependentRequired (array) and dependentSchemas (schema)', () => {
    const schema = {
      dependencies: {
        card: ['billing'],
        tax: { properties: { code: { type: 'string' } }, required: ['code'] },
      },
    };
    expect(valid(schema, { card: 1 })).toBe(false);
    expect(valid(schema, { card: 1, billing: 'x' })).toBe(true);
    expect(valid(schema, { tax: 1 })).toBe(false);
    expect(valid(schema, { tax: 1, code: 'x' })).toBe(true);
    const declared = compileSchema({ properties: { card: {}, billing: {} }, ...schema });
    expect(declared.requiredFields({ card: 1 })).toEqual(['/billing']);
    expect(declared.activeFields({ tax: 1 })).toEqual(['/card', '/billing', '/code']);
  });

  it('follows $ref into definitions, from the root too', () => {
    const schema = { $ref: '#/definitions/person', definitions: { person: { required: ['name'] } } };
    expect(valid(schema, { name: 'An' })).toBe(true);
    expect(valid(schema, {})).toBe(false);
  });

  it('compiles a recursive $ref and validates deep data without overflowing the stack', () => {
    const tree = compileSchema({ properties: { name: { type: 'string' }, child: { $ref: '#' } } });
    expect(tree.validate({ child: { child: { name: 'x' } } }).ok).toBe(true);
    expect(tree.validate({ child: { child: { name: 1 } } }).ok).toBe(false);
    let deep: Record<string, unknown> = { name: 'leaf' };
    for (let i = 0; i < 10_000; i++) deep = { child: deep };
    const r = tree.validate(deep);
    expect(r.ok).toBe(false);
  });

  it('accepts the draft-04 id and boolean exclusiveMinimum/exclusiveMaximum', () => {
    const schema = {
      id: 'http://example.org/s',
      minimum: 1,
      exclusiveMinimum: true,
      maximum: 3,
      exclusiveMaximum: true,
    };
    expect(valid(schema, 2)).toBe(true);
    expect(valid(schema, 1)).toBe(false);
    expect(valid(schema, 3)).toBe(false);
    expect(compileSchema(schema).validate(1, { locale: 'en' })).toMatchObject({
      issues: [{ code: 'exclusive_minimum' }],
    });
    expect(valid({ minimum: 1, exclusiveMinimum: false }, 1)).toBe(true);
  });
});

describe('unknown formats', () => {
  it('are annotations with one warning per format name, or compile errors on request', () => {
    const schema = { properties: { a: { format: 'x-dialect-test' }, b: { format: 'x-dialect-test' } } };
    expect(compileSchema(schema).validate({ a: 'anything', b: 'at all' }).ok).toBe(true);
    compileSchema(schema);
    const warnings = takeConsoleOutput('warn');
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]?.[0])).toContain('"x-dialect-test"');
    expect(() => compileSchema(schema, { unknownFormats: 'error' })).toThrow(
      /Unknown format "x-dialect-test"/,
    );
  });
});
