import { describe, expect, it } from 'vitest';
import { compileSchema, SchemaError, SchemaLimitError, UnsupportedKeywordError } from '@dvc-kit/validation';

const v = compileSchema({ type: 'object', additionalProperties: true });

describe('non-JSON data gives a clean invalid result', () => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic['self'] = cyclic;
  const withSymbol = { [Symbol('s')]: 1 };
  it.each([
    ['a function', { f: () => 1 }, '/f', 'function'],
    ['NaN', { n: Number.NaN }, '/n', 'NaN'],
    ['Infinity', { n: Infinity }, '/n', 'Infinity'],
    ['a BigInt', { n: 1n }, '/n', 'bigint'],
    ['undefined', { u: undefined }, '/u', 'undefined'],
    ['a cycle', cyclic, '/self', 'cycle'],
    ['a Symbol key', withSymbol, '', 'symbol_key'],
    ['a Date', { d: new Date(0) }, '/d', 'Date'],
    ['a Map', { m: new Map() }, '/m', 'Map'],
    // eslint-disable-next-line no-sparse-arrays -- a hole is the point of the case
    ['a sparse array', { a: [1, , 3] }, '/a/1', 'undefined'],
  ])('%s', (_name, data, pointer, kind) => {
    expect(v.validate(data)).toMatchObject({
      ok: false,
      issues: [{ pointer, code: 'not_json', params: { kind } }],
    });
  });

  it('a throwing getter', () => {
    const data = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(v.validate(data)).toMatchObject({
      ok: false,
      issues: [{ code: 'not_json', params: { kind: 'unreadable' } }],
    });
  });

  it('absurd depth', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(
      compileSchema({ $defs: { a: { items: { $ref: '#/$defs/a' } } }, $ref: '#/$defs/a' }).validate(deep),
    ).toMatchObject({ ok: false, issues: [{ code: 'not_json', params: { kind: 'too_deep' } }] });
  });

  it('never pollutes prototypes', () => {
    const schema = compileSchema({ additionalProperties: { type: 'object' } });
    schema.validate(
      JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('bad schemas give typed compile-time errors', () => {
  it('names an unsupported keyword and its location', () => {
    try {
      compileSchema({ properties: { a: { minimun: 1 } } });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnsupportedKeywordError);
      expect(e).toMatchObject({
        keyword: 'minimun',
        pointer: '/properties/a/minimun',
        code: 'unsupported_keyword',
      });
    }
  });

  it('accepts annotations and x- extensions', () => {
    expect(() =>
      compileSchema({
        title: 't',
        description: 'd',
        default: 1,
        examples: [],
        $comment: 'c',
        deprecated: false,
        readOnly: true,
        writeOnly: false,
        'x-ui': { widget: 'x' },
      }),
    ).not.toThrow();
  });

  it('enforces depth and size limits', () => {
    let deep: unknown = {};
    for (let i = 0; i < 200; i++) deep = { not: deep };
    expect(() => compileSchema(deep)).toThrow(SchemaLimitError);
    const wide = { properties: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`f${i}`, {}])) };
    expect(() => compileSchema(wide, { limits: { maxSchemaNodes: 10 } })).toThrow(
      expect.objectContaining({ limit: 'maxSchemaNodes' }),
    );
  });

  it('refuses non-schema values', () => {
    expect(() => compileSchema(42)).toThrow(SchemaError);
    expect(() => compileSchema({ properties: { a: 'string' } })).toThrow(SchemaError);
  });
});
