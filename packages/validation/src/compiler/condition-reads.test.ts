/**
 * `Validator.conditionsRead`: which values the conditions of a schema read. The property test is the
 * promise forms rely on: changing a value no condition reads (its key present before and after, a
 * primitive before and after) never changes `activeFields` / `requiredFields`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchema } from '../index.js';
import { getPointer, setPointer } from '../pointer.js';

/** Sections of fields, an array of objects, and conditions of every kind the forms meet. */
const schema = {
  type: 'object',
  properties: {
    s1: {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['a', 'b', 'c'] },
        name: { type: 'string' },
        age: { type: 'integer' },
      },
    },
    s2: {
      type: 'object',
      properties: { f1: { type: 'string' }, f2: { type: 'string' }, flag: { type: 'boolean' } },
      if: { properties: { flag: { const: true } }, required: ['flag'] },
      then: { properties: { because: { type: 'string' } }, required: ['because'] },
    },
    people: {
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string' }, relation: { type: 'string' }, year: { type: 'integer' } },
        if: { properties: { relation: { enum: ['child'] } } },
        then: { required: ['year'] },
      },
    },
    pay: {
      anyOf: [
        { properties: { method: { const: 'card' }, card: { type: 'string' } }, required: ['method'] },
        { properties: { method: { const: 'bank' }, account: { type: 'string' } }, required: ['method'] },
      ],
    },
    note: { type: 'string' },
  },
  allOf: [
    {
      if: {
        properties: { s1: { properties: { kind: { const: 'b' } }, required: ['kind'] } },
        required: ['s1'],
      },
      then: { properties: { s2: { required: ['f1'] } } },
    },
    {
      if: { properties: { s1: { type: 'object', properties: { age: { minimum: 18 } } } } },
      else: { properties: { guardian: { type: 'string' } }, required: ['guardian'] },
    },
  ],
  dependentRequired: { note: ['s1'] },
} as const;

describe('conditionsRead', () => {
  const validator = compileSchema(schema);

  it('names the values an if or a branch reads, and no other', () => {
    const read = (p: string): boolean => validator.conditionsRead(p);
    expect(read('/s1/kind')).toBe(true); // const in a root if
    expect(read('/s1/age')).toBe(true); // minimum in a root if
    expect(read('/s2/flag')).toBe(true); // const in a nested if
    expect(read('/people/0/relation')).toBe(true); // enum in an items if
    expect(read('/people/7/relation')).toBe(true);
    expect(read('/pay/method')).toBe(true); // a branch reads the whole value at its location
    expect(read('/pay/card')).toBe(true);
    expect(read('/s1/name')).toBe(false);
    expect(read('/s2/f1')).toBe(false);
    expect(read('/s2/because')).toBe(false);
    expect(read('/people/0/name')).toBe(false);
    expect(read('/people/0/year')).toBe(false);
    expect(read('/note')).toBe(false); // dependentRequired reads presence only
    // `type: 'object'` reads the kind of /s1 itself, not the values below it.
    expect(read('/s1')).toBe(true);
  });

  it('a recursive schema is read everywhere', () => {
    const tree = compileSchema({
      $defs: {
        node: { type: 'object', properties: { kids: { type: 'array', items: { $ref: '#/$defs/node' } } } },
      },
      $ref: '#/$defs/node',
    });
    expect(tree.conditionsRead('/kids/0/kids/1/name')).toBe(true);
  });

  it('a value no condition reads never changes which fields apply or must be filled', () => {
    const leaves = [
      '/s1/kind',
      '/s1/name',
      '/s1/age',
      '/s2/f1',
      '/s2/f2',
      '/s2/flag',
      '/s2/because',
      '/people/0/name',
      '/people/0/relation',
      '/people/0/year',
      '/people/1/relation',
      '/pay/method',
      '/pay/card',
      '/pay/account',
      '/note',
      '/guardian',
    ];
    const primitive = fc.oneof(
      fc.constantFrom('a', 'b', 'c', 'card', 'bank', 'child', 'parent', ''),
      fc.integer({ min: 0, max: 40 }),
      fc.boolean(),
      fc.constant(null),
    );
    const data = fc.dictionary(fc.constantFrom(...leaves), primitive).map((values) => {
      const doc: Record<string, unknown> = { s1: {}, s2: {}, people: [{}, {}], pay: {} };
      for (const [p, v] of Object.entries(values)) setPointer(doc, p, v);
      return doc;
    });
    let skipped = 0;
    fc.assert(
      fc.property(data, fc.constantFrom(...leaves), primitive, (doc, pointer, value) => {
        if (getPointer(doc, pointer) === undefined || validator.conditionsRead(pointer)) return;
        skipped++;
        const before = validator.activeAndRequiredFields(doc);
        const changed = structuredClone(doc);
        setPointer(changed, pointer, value);
        expect(validator.activeAndRequiredFields(changed)).toEqual(before);
      }),
      { numRuns: 2000 },
    );
    // The property ran on the values it is about, not only on skipped cases.
    expect(skipped).toBeGreaterThan(200);
  });

  it('activeAndRequiredFields answers activeFields and requiredFields in one walk', () => {
    const data = {
      s1: { kind: 'b', age: 12 },
      s2: { flag: true },
      people: [{ relation: 'child' }],
      note: 'x',
    };
    expect(validator.activeAndRequiredFields(data)).toEqual({
      active: validator.activeFields(data),
      required: validator.requiredFields(data),
    });
  });
});
