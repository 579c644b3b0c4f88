import { describe, expect, it } from 'vitest';
import { declaredFields } from '../index.js';

const keys = (schema: unknown): string[] => [...declaredFields(schema).fields.keys()];

describe('declaredFields', () => {
  it('finds fields declared only under oneOf, anyOf, dependentSchemas and draft-07 dependencies', () => {
    const index = declaredFields({
      type: 'object',
      properties: {
        kind: { type: 'string' },
        address: { oneOf: [{ properties: { street: {} } }, { properties: { box: {} } }] },
      },
      anyOf: [{ properties: { a: {} } }, { properties: { b: {} } }],
      dependentSchemas: { kind: { properties: { c: {} } } },
      dependencies: { kind: { properties: { d: {} } }, a: ['e'] },
      required: ['kind'],
    });
    expect([...index.fields.keys()]).toEqual([
      '/kind',
      '/address',
      '/address/street',
      '/address/box',
      '/a',
      '/b',
      '/c',
      '/d',
    ]);
    expect(index.fields.get('/kind')).toMatchObject({ conditional: false, required: true });
    expect(index.fields.get('/address/box')?.conditional).toBe(true);
    expect(index.fields.get('/b')?.declarations[0]?.branch).toEqual({ keyword: 'anyOf', at: '/anyOf/1' });
    expect(index.fields.get('/d')?.declarations[0]).toMatchObject({
      at: '/dependencies/kind/properties/d',
      branch: { keyword: 'dependencies', at: '/dependencies/kind' },
    });
  });

  it('follows if/then/else and records the condition', () => {
    const index = declaredFields({
      properties: { kind: { enum: ['a', 'b'] } },
      if: { properties: { kind: { const: 'a' } } },
      then: { properties: { x: { type: 'string' } }, required: ['x'] },
      else: { properties: { y: { type: 'integer' } } },
    });
    expect([...index.fields.keys()]).toEqual(['/kind', '/x', '/y']);
    expect(index.fields.get('/x')).toMatchObject({
      conditional: true,
      required: false,
      requiredSometimes: true,
    });
    expect(index.conditions.map((c) => c.at)).toEqual(['/if']);
    expect(index.fieldTypes('/kind')).toEqual(['string']);
    expect(index.fieldTypes('/y')).toEqual(['integer']);
  });

  it('follows $ref into $defs and definitions, through $id and anchors', () => {
    const schema = {
      $id: 'https://example.org/s',
      properties: {
        home: { $ref: '#/$defs/address' },
        work: { $ref: 'https://example.org/s#/definitions/place' },
        post: { $ref: '#postal' },
      },
      $defs: { address: { properties: { street: {} } } },
      definitions: {
        place: { properties: { city: {} } },
        postal: { $anchor: 'postal', properties: { code: {} } },
      },
    };
    expect(keys(schema)).toEqual(['/home', '/home/street', '/work', '/work/city', '/post', '/post/code']);
    expect(declaredFields(schema).fields.get('/home/street')?.declarations[0]?.at).toBe(
      '/$defs/address/properties/street',
    );
    expect(
      declaredFields({ $ref: '#/definitions/a', definitions: { a: { properties: { x: {} } } } }).fields.has(
        '/x',
      ),
    ).toBe(true);
  });

  it('stops at a recursive $ref and says which field it repeats', () => {
    const index = declaredFields({ properties: { name: {}, child: { $ref: '#' } } });
    expect([...index.fields.keys()]).toEqual(['/name', '/child']);
    expect(index.fields.get('/child')?.recursive).toBe('');
    const tree = declaredFields({
      $defs: { node: { properties: { kids: { type: 'array', items: { $ref: '#/$defs/node' } } } } },
      $ref: '#/$defs/node',
    });
    expect([...tree.fields.keys()]).toEqual(['/kids', '/kids/-']);
    expect(tree.fields.get('/kids/-')?.recursive).toBe('');
    expect(declaredFields({ $ref: '#' }).fields.size).toBe(0);
  });

  it('names array items, tuple positions and open-object members', () => {
    const index = declaredFields({
      properties: {
        list: { items: { properties: { n: {} } } },
        pair: { prefixItems: [{ type: 'string' }, { type: 'number' }], items: { type: 'boolean' } },
        old: { items: [{ type: 'string' }], additionalItems: { type: 'integer' } },
        map: { additionalProperties: { type: 'string' } },
        pat: { patternProperties: { '^x': { type: 'number' } } },
      },
    });
    expect([...index.fields.keys()]).toEqual([
      '/list',
      '/list/-',
      '/list/-/n',
      '/pair',
      '/pair/0',
      '/pair/1',
      '/pair/-',
      '/old',
      '/old/0',
      '/old/-',
      '/map',
      '/map/*',
      '/pat',
      '/pat/*',
    ]);
    expect(index.fields.get('/list/-/n')?.repeated).toBe(true);
    expect(index.fields.get('/list')?.repeated).toBe(false);
    expect(index.fieldAt('/list/4/n')?.pointer).toBe('/list/-/n');
    expect(index.fieldAt('/pair/1')?.pointer).toBe('/pair/1');
    expect(index.fieldAt('/pair/7')?.pointer).toBe('/pair/-');
    expect(index.fieldAt('/map/anything')?.pointer).toBe('/map/*');
    expect(index.fieldAt('/nope')).toBeUndefined();
  });

  it('reads boolean subschemas, skips false ones, and prefixes `at`', () => {
    const index = declaredFields({ properties: { a: true, b: false } }, { at: '/dataSchema' });
    expect([...index.fields.keys()]).toEqual(['/a']);
    expect(index.fields.get('/a')?.declarations[0]?.at).toBe('/dataSchema/properties/a');
    expect(declaredFields(true).fields.size).toBe(0);
    expect(declaredFields('nonsense').fields.size).toBe(0);
  });

  it('does not let a field named __proto__ reach a prototype', () => {
    const index = declaredFields(JSON.parse('{"properties":{"__proto__":{"properties":{"x":{}}}}}'));
    expect([...index.fields.keys()]).toEqual(['/__proto__', '/__proto__/x']);
  });
});
