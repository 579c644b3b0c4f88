import { describe, expect, it } from 'vitest';
import { compileSchema, dialectOf, SchemaError, UnsupportedKeywordError } from '@dvc-kit/validation';
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

describe('$schema picks the dialect', () => {
  const DRAFT7 = 'http://json-schema.org/draft-07/schema#';
  const capped = { definitions: { list: { type: 'array' } }, $ref: '#/definitions/list', maxItems: 1 };

  it('draft-03 to draft-07: $ref overrides its siblings; 2019-09, 2020-12 and no $schema apply them', () => {
    for (const n of ['03', '04', '06', '07'])
      expect(valid({ $schema: `http://json-schema.org/draft-${n}/schema#`, ...capped }, [1, 2])).toBe(true);
    expect(valid(capped, [1, 2])).toBe(false);
    expect(valid({ $schema: 'https://json-schema.org/draft/2019-09/schema', ...capped }, [1, 2])).toBe(false);
    expect(valid({ $schema: 'https://json-schema.org/draft/2020-12/schema', ...capped }, [1, 2])).toBe(false);
    // The dialect option says what a schema without $schema is.
    expect(compileSchema(capped, { dialect: 'draft-07' }).validate([1, 2]).ok).toBe(true);
  });

  it('draft-07: an $id beside $ref does not change the base URI', () => {
    const schema = {
      $schema: DRAFT7,
      $id: 'http://example.com/root.json',
      definitions: {
        A: { $id: 'http://example.com/a.json', type: 'integer' },
        B: { $id: 'http://example.com/b.json', $ref: 'a.json' },
      },
      $ref: '#/definitions/B',
    };
    expect(() => compileSchema(schema)).toThrow(/a\.json/);
    expect(valid({ ...schema, $ref: '#/definitions/A' }, 1)).toBe(true);
  });

  it('names the dialect of a $schema URI', () => {
    expect(dialectOf({ $schema: DRAFT7 })).toBe('draft-07');
    expect(dialectOf({ $schema: 'http://json-schema.org/draft-04/schema' })).toBe('draft-04');
    expect(dialectOf({ $schema: 'https://json-schema.org/draft/2019-09/schema' })).toBe('2019-09');
    expect(dialectOf({})).toBe('2020-12');
    expect(dialectOf({ $schema: 'https://example.com/mine' }, 'draft-07')).toBe('draft-07');
  });

  it('refuses 2019-09 $recursiveRef / $recursiveAnchor naming the keyword, the pointer and what to write', () => {
    const tree = {
      $schema: 'https://json-schema.org/draft/2019-09/schema',
      $recursiveAnchor: true,
      properties: { children: { type: 'array', items: { $recursiveRef: '#' } } },
    };
    let error: unknown;
    try {
      compileSchema(tree);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedKeywordError);
    expect((error as SchemaError).keyword).toBe('$recursiveAnchor');
    expect((error as SchemaError).message).toContain('"$dynamicRef" / "$dynamicAnchor"');
    const { $recursiveAnchor: _a, ...withoutAnchor } = tree;
    expect(() => compileSchema(withoutAnchor, { unknownKeywords: 'ignore' })).toThrow(
      'Unsupported JSON Schema keyword "$recursiveRef": draft 2019-09 recursive references are not supported: write "$dynamicRef" / "$dynamicAnchor" (2020-12) instead (keyword "$recursiveRef" at "/properties/children/items/$recursiveRef")',
    );
  });

  it('accepts enumNames (legacy react-jsonschema-form labels) as an annotation', () => {
    const schema = { type: 'string', enum: ['m', 'f'], enumNames: ['Nam', 'Nữ'] };
    expect(valid(schema, 'f')).toBe(true);
    expect(valid(schema, 'x')).toBe(false);
  });
});
