/**
 * The JIT checks that data is JSON as its generated code walks it (ADR 0022), where the
 * interpreter and precompiled modules walk the data first: on data that is not JSON, the three
 * paths must still give the same `not_json` issues, in the same order, whatever the schema settles
 * (closed objects, arrays, numbers, open objects, branches, references, conditions).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referenceSchema } from '../fixtures/reference-form.js';
import { interpretAndJit, plain, precompileAll, type AnyValidator } from './three-ways.js';

const item = {
  type: 'object',
  properties: { a: { type: 'string' }, n: { type: 'number' }, i: { type: 'integer' } },
  additionalProperties: false,
};
const schemas: unknown[] = [
  item,
  { type: 'object', properties: { a: { type: 'string' } } },
  { type: 'array', items: item },
  { type: 'array', prefixItems: [{ type: 'string' }], items: { type: 'number' } },
  { type: 'object', properties: { x: {}, y: true }, additionalProperties: false },
  { type: 'object', additionalProperties: { type: 'number' } },
  { anyOf: [item, { type: 'array' }] },
  { allOf: [{ if: { required: ['a'] }, then: { required: ['n'] } }, item] },
  {
    $defs: { node: { type: 'object', properties: { next: { $ref: '#/$defs/node' } } } },
    $ref: '#/$defs/node',
  },
  {
    $defs: {
      node: {
        type: 'object',
        properties: { next: { $ref: '#/$defs/node' }, v: { type: 'number' } },
        additionalProperties: false,
      },
    },
    $ref: '#/$defs/node',
  },
  { enum: ['x', 1, null] },
  // Failing checks that leave the value they test unsettled (ADR 0022, sixth amendment of 0008).
  { oneOf: [item, { type: 'array' }] },
  { type: 'object', properties: { x: false, k: { const: 'x' } }, additionalProperties: false },
  {
    $defs: { n: { type: 'number' } },
    type: 'object',
    properties: { x: { $ref: '#/$defs/n' }, a: { enum: ['x', 'y'] } },
    additionalProperties: false,
  },
  { type: 'number' },
  true,
  {},
];

const cyclic: Record<string, unknown> = { a: 'x' };
cyclic['next'] = cyclic;
const deep = (n: number): unknown => (n === 0 ? { v: 1 } : { next: deep(n - 1) });
const data: unknown[] = [
  { a: 'x', n: 1, i: 2 },
  { a: 'x', n: Number.NaN },
  { a: 'x', n: Infinity, i: 1 },
  { a: undefined, n: 1 },
  { a: 'x', extra: () => 1 },
  { a: new Date(0) },
  [{ a: 'x' }, { n: 1n }],
  // eslint-disable-next-line no-sparse-arrays -- a hole is the point of the case
  ['x', , 2],
  [{ a: 'x', n: 1 }, new Map()],
  { x: Number.NaN, y: undefined },
  Object.assign(Object.create({ inherited: 1 }) as object, { a: 'x' }),
  Object.assign(Object.create(null) as object, { a: 'x', n: 2 }),
  cyclic,
  deep(70),
  deep(10),
  Number.NaN,
  Symbol('s'),
  undefined,
  { a: 'x', n: -Infinity, extra: 1, i: 1.5 },
  { x: () => 1, k: 'y' },
  { k: new Date(0), a: 'z' },
  { x: 'not a number', a: [Symbol('s')] },
  { x: new Map(), extra: { deep: [1, undefined] } },
];

describe('the JSON check fused into the JIT', () => {
  it('gives the interpreter and precompiled modules their not_json issues, in order', async () => {
    const modules = await precompileAll(schemas);
    schemas.forEach((schema, s) => {
      const made = interpretAndJit(schema);
      if (made instanceof Error) throw made;
      const module = modules[s];
      if (module instanceof Error || module === undefined) throw module ?? new Error('no module');
      const paths: AnyValidator[] = [made.interpreter, made.jit, module];
      data.forEach((d, i) => {
        const [first, ...rest] = paths.map((p) => plain(p.validate(d, { locale: 'en' })));
        for (const r of rest) expect(r, `schema ${s}, data ${i}`).toEqual(first);
      });
    });
  }, 120_000);

  it('agrees with the interpreter on any value against the reference form (property test)', () => {
    const made = interpretAndJit(referenceSchema);
    if (made instanceof Error) throw made;
    const anything = fc.anything({
      withBigInt: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSparseArray: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(anything, (d) => {
        expect(plain(made.jit.validate(d))).toEqual(plain(made.interpreter.validate(d)));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
