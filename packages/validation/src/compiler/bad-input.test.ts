import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchema, SchemaError, SchemaLimitError, UnsupportedKeywordError } from '@dvc-kit/validation';
import { takeConsoleOutput } from '../../../../test-utils/console.js';
import { referenceSchema } from '../../test/fixtures/reference-form.js';

const v = compileSchema({ type: 'object', additionalProperties: true });

describe('non-JSON data gives a clean invalid result', () => {
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic['self'] = cyclic;
  it.each([
    ['a function', { f: () => 1 }, '/f', 'function'],
    ['NaN', { n: Number.NaN }, '/n', 'NaN'],
    ['Infinity', { n: Infinity }, '/n', 'Infinity'],
    ['a BigInt', { n: 1n }, '/n', 'bigint'],
    ['undefined', { u: undefined }, '/u', 'undefined'],
    ['a cycle', cyclic, '/self', 'cycle'],
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

  it('looks only at the JSON value: symbol-keyed and non-enumerable properties are not part of it', () => {
    // What JSON.stringify writes is what is validated (ADR 0022): the hidden properties are skipped,
    // whatever they hold, and a value that is not JSON in an ordinary property is still reported.
    const hidden = (visible: Record<string, unknown>): object =>
      Object.defineProperty({ ...visible, [Symbol('s')]: () => 1 }, 'h', { value: Number.NaN });
    const strict = compileSchema({ type: 'object', additionalProperties: false });
    expect(strict.validate(hidden({}))).toMatchObject({ ok: true });
    expect(v.validate({ a: [hidden({ b: 1 })] })).toMatchObject({ ok: true });
    expect(v.validate(hidden({ n: Number.NaN }))).toMatchObject({
      ok: false,
      issues: [{ pointer: '/n', code: 'not_json', params: { kind: 'NaN' } }],
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

  it('a getter that throws only on its second read', () => {
    let reads = 0;
    const data = Object.defineProperty({}, 'x', {
      enumerable: true,
      get: () => {
        if (++reads > 1) throw new Error('boom');
        return 1;
      },
    });
    const strict = compileSchema({ properties: { x: { type: 'number' } } });
    expect(strict.validate(data)).toMatchObject({
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

  it('never throws, whatever the value (property test)', { timeout: 30_000 }, () => {
    const form = compileSchema(referenceSchema);
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      stringUnit: 'binary',
    });
    fc.assert(
      fc.property(anything, (data) => {
        const r = form.validate(data, { locale: 'en' });
        expect(typeof r.ok).toBe('boolean');
        form.validateAt('/applicant/phone', data);
        form.activeFields(data);
      }),
      { numRuns: 200 },
    );
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

  it(
    'any malformed schema gives a SchemaError, never another exception (property test)',
    { timeout: 30_000 },
    () => {
      const keywords = [
        'type',
        'enum',
        'const',
        'properties',
        'required',
        'additionalProperties',
        'patternProperties',
        'propertyNames',
        'minProperties',
        'items',
        'prefixItems',
        'contains',
        'minContains',
        'maxItems',
        'uniqueItems',
        'minLength',
        'pattern',
        'format',
        'minimum',
        'exclusiveMaximum',
        'multipleOf',
        'allOf',
        'anyOf',
        'oneOf',
        'not',
        'if',
        'then',
        'else',
        'dependentRequired',
        'dependentSchemas',
        'dependencies',
        'additionalItems',
        'id',
        '$ref',
        '$defs',
        '$id',
        '$anchor',
        '$dynamicRef',
        '$dynamicAnchor',
        'unevaluatedProperties',
        'unevaluatedItems',
        'x-dvc-compare',
        '__proto__',
        'constructor',
      ];
      const { schema } = fc.letrec((tie) => ({
        schema: fc.oneof(
          { depthSize: 'small' },
          fc.boolean(),
          fc.dictionary(fc.constantFrom(...keywords), tie('value'), { maxKeys: 4 }),
        ),
        value: fc.oneof(
          { depthSize: 'small' },
          fc.jsonValue({ maxDepth: 1 }),
          fc.constantFrom('#', '#/$defs/a', '(', '%zz', 'string', '/a', '^a$', 'date'),
          tie('schema'),
          fc.array(tie('schema'), { maxLength: 3 }),
          fc.dictionary(fc.constantFrom('a', 'b', '__proto__'), tie('schema'), { maxKeys: 3 }),
        ),
      }));
      fc.assert(
        fc.property(schema, fc.jsonValue({ maxDepth: 3 }), (s, data) => {
          let v;
          try {
            v = compileSchema(s);
          } catch (e) {
            expect(e).toBeInstanceOf(SchemaError);
            return;
          }
          expect(typeof v.validate(data).ok).toBe('boolean');
        }),
        { numRuns: 1000 },
      );
      // Unknown formats are annotations: each one warns once, and nothing else writes to the console.
      for (const [message] of takeConsoleOutput('warn'))
        expect(String(message)).toMatch(/format ".*" is unknown/);
      expect(Object.prototype).not.toHaveProperty('a');
    },
  );

  it('refuses malformed labels and message overrides, naming where', () => {
    expect(() => compileSchema({ required: ['a'], properties: { a: { 'x-dvc-label': 1 } } })).toThrow(
      expect.objectContaining({ keyword: 'x-dvc-label', pointer: '/properties/a/x-dvc-label' }),
    );
    expect(() => compileSchema({ properties: { a: { 'x-dvc-messages': { pattern: null } } } })).toThrow(
      expect.objectContaining({ keyword: 'x-dvc-messages', pointer: '/properties/a/x-dvc-messages' }),
    );
    expect(() => compileSchema({ 'x-dvc-messages': { pattern: { vi: 1 } } })).toThrow(SchemaError);
  });

  it('refuses non-schema values', () => {
    expect(() => compileSchema(42)).toThrow(SchemaError);
    expect(() => compileSchema({ properties: { a: 'string' } })).toThrow(SchemaError);
  });
});
