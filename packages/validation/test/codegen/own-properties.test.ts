/**
 * Generated code reads properties by name and tests own-ness only when the value read equals
 * `Object.prototype`'s: inherited properties (a polluted prototype, or names the prototype always
 * has) must still count as absent, on the three paths alike.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { interpretAndJit, plain, precompileAll, type AnyValidator } from './three-ways.js';

const schema = {
  type: 'object',
  properties: { name: { type: 'string' }, toString: { type: 'string' }, constructor: { type: 'string' } },
  required: ['name', 'constructor'],
  dependentRequired: { name: ['toString'] },
  additionalProperties: false,
};

const proto = Object.prototype as Record<string, unknown>;
afterEach(() => {
  delete proto['name'];
  delete proto['extra'];
});

describe('own properties in generated code', () => {
  it('count inherited names (polluted or built in) as absent, as the interpreter does', async () => {
    const made = interpretAndJit(schema);
    if (made instanceof Error) throw made;
    const [module] = await precompileAll([schema]);
    if (module instanceof Error) throw module;
    // And a module built for speed (`fast`: the JIT's own-ness tests).
    const [fast] = await precompileAll([schema], { fast: true });
    if (fast instanceof Error) throw fast;
    const paths: AnyValidator[] = [made.interpreter, made.jit, module as AnyValidator, fast as AnyValidator];
    const data: unknown[] = [
      { name: 'a', constructor: 'b', toString: 'c' },
      { constructor: 'b' },
      { name: 'a' },
      { name: 'polluted', constructor: 'b' },
      {},
      JSON.parse('{"__proto__": "x", "name": "a", "constructor": "b", "toString": "c"}'),
      // Symbol keys are not part of the JSON value (ADR 0022): ignored on every path.
      { constructor: 'b', [Symbol('name')]: 'a', [Symbol('s')]: () => 1 },
      // No prototype: a polluted Object.prototype is not read through it.
      Object.assign(Object.create(null) as object, { constructor: 'b' }),
    ];
    const run = (): { all: unknown[][]; named: string[] } => {
      const all = data.map((d) => paths.map((p) => plain(p.validate(d))));
      const r = made.jit.validate({ constructor: 'b' });
      const named = r.ok ? [] : r.issues.map((i) => `${i.code} ${String(i.params['property'])}`);
      return { all, named };
    };
    const clean = run();
    // Polluted (results read before the test framework, which itself reads prototypes, runs again).
    proto['name'] = 'polluted';
    proto['extra'] = 1;
    const polluted = run();
    delete proto['name'];
    delete proto['extra'];
    for (const { all, named } of [clean, polluted]) {
      for (const [first, ...rest] of all) for (const r of rest) expect(r).toEqual(first);
      // Inherited `name` is not an own property: still reported missing, and `extra` is not additional.
      expect(named).toEqual(['required name']);
    }
    expect(polluted.all).toEqual(clean.all);
  }, 60_000);
});
