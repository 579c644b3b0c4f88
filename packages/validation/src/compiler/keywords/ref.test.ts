import { describe, expect, it } from 'vitest';
import { compileSchema, SchemaRefError } from '@dvc-kit/validation';

const codes = (schema: unknown, data: unknown, options = {}) => {
  const r = compileSchema(schema, options).validate(data);
  return r.ok ? [] : r.issues.map((i) => `${i.pointer}:${i.code}`);
};

describe('$ref, $defs, $anchor', () => {
  it('resolves JSON Pointer and anchor references', () => {
    const schema = {
      $defs: { name: { type: 'string', minLength: 1 }, code: { $anchor: 'code', pattern: '^[0-9]+$' } },
      properties: { a: { $ref: '#/$defs/name' }, b: { $ref: '#code' } },
    };
    expect(codes(schema, { a: '', b: 'x' })).toEqual(['/a:min_length', '/b:pattern']);
  });

  it('supports recursive schemas (a tree)', () => {
    const tree = {
      $defs: {
        node: {
          type: 'object',
          properties: {
            value: { type: 'number' },
            children: { type: 'array', items: { $ref: '#/$defs/node' } },
          },
        },
      },
      $ref: '#/$defs/node',
    };
    expect(codes(tree, { value: 1, children: [{ value: 2, children: [{ value: 'x' }] }] })).toEqual([
      '/children/0/children/0/value:type',
    ]);
  });

  it('resolves $id-relative references and remotes, never fetching', () => {
    const remotes = { 'https://forms.example/common.json': { $defs: { phone: { pattern: '^0[0-9]{9}$' } } } };
    const schema = {
      $id: 'https://forms.example/a/form.json',
      properties: { phone: { $ref: '../common.json#/$defs/phone' } },
    };
    expect(codes(schema, { phone: '12' }, { remotes })).toEqual(['/phone:pattern']);
    expect(() => compileSchema({ $ref: 'https://elsewhere.example/x.json' })).toThrow(SchemaRefError);
  });

  it('supports $dynamicRef / $dynamicAnchor', () => {
    const schema = {
      $id: 'https://x.example/root',
      $ref: 'list',
      $defs: {
        item: { $dynamicAnchor: 'item', type: 'string' },
        list: {
          $id: 'list',
          type: 'array',
          items: { $dynamicRef: '#item' },
          $defs: { item: { $dynamicAnchor: 'item' } },
        },
      },
    };
    expect(codes(schema, ['a', 1])).toEqual(['/1:type']);
  });

  it('refuses reference loops that consume no data, naming the location', () => {
    expect(() =>
      compileSchema({ $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }),
    ).toThrow(expect.objectContaining({ code: 'ref_cycle', keyword: '$ref' }));
    expect(() => compileSchema({ $ref: '#' })).toThrow(SchemaRefError);
    expect(() => compileSchema({ allOf: [{ $ref: '#' }] })).toThrow(SchemaRefError);
  });

  it('reports an unresolved reference with its location', () => {
    expect(() => compileSchema({ properties: { a: { $ref: '#/$defs/missing' } } })).toThrow(
      expect.objectContaining({ code: 'unresolved_ref', pointer: '/properties/a/$ref' }),
    );
  });
});
