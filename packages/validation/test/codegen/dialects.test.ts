/**
 * The draft-04/06/07 forms the compiler reads without `$schema` (tuple `items: [...]`,
 * `additionalItems`, `dependencies`, boolean `exclusiveMinimum`/`exclusiveMaximum`) and unknown
 * formats give the same issues on the three paths: interpreter, JIT and precompiled module.
 */
import { describe, expect, it } from 'vitest';
import { takeConsoleOutput } from '../../../../test-utils/console.js';
import type { ValidationResult } from '@dvc-kit/validation';
import { interpretAndJit, plain, precompileAll } from './three-ways.js';

const codes = (r: ValidationResult): string[] => (r.ok ? [] : r.issues.map((i) => i.code));

const cases: { name: string; schema: unknown; data: unknown[] }[] = [
  {
    name: 'tuple items with additionalItems',
    schema: {
      items: [{ type: 'string' }, { type: 'number' }],
      additionalItems: { type: 'boolean' },
    },
    data: [['a', 1, true, false], ['a', 'b'], ['a', 1, 'x', 2], [2, 'a', 0], 'not an array', []],
  },
  {
    name: 'tuple items with additionalItems: false',
    schema: { items: [{ type: 'string' }], additionalItems: false },
    data: [['a'], ['a', 'b', 'c'], [1, 2]],
  },
  {
    name: 'additionalItems beside a schema items (nothing)',
    schema: { items: { type: 'string' }, additionalItems: false },
    data: [
      ['a', 'b'],
      ['a', 1],
    ],
  },
  {
    name: 'dependencies, names and schemas',
    schema: {
      properties: { card: { title: 'Số thẻ' }, billing: { title: 'Địa chỉ thanh toán' } },
      dependencies: {
        card: ['billing', 'holder'],
        tax: { properties: { code: { type: 'string' } }, required: ['code'] },
        never: false,
      },
    },
    data: [
      {},
      { card: 1 },
      { card: 1, billing: 'x', holder: 'y' },
      { tax: 1 },
      { tax: 1, code: 2 },
      { never: 0 },
    ],
  },
  {
    name: 'draft-04 id and boolean exclusive bounds',
    schema: {
      id: 'http://example.org/s',
      type: 'number',
      minimum: 1,
      exclusiveMinimum: true,
      maximum: 3,
      exclusiveMaximum: true,
    },
    data: [2, 1, 3, 0.5, 4, 'x'],
  },
  {
    name: 'draft-04 bounds with false flags',
    schema: { minimum: 1, exclusiveMinimum: false, maximum: 3, exclusiveMaximum: false },
    data: [1, 3, 0, 4],
  },
  {
    name: 'an unknown format (an annotation)',
    schema: { type: 'string', format: 'x-codegen-dialect-test', minLength: 2 },
    data: ['anything', 'a', 1],
  },
];

describe('dialect keywords on the three paths', () => {
  it('give the interpreter issues, pointer for pointer, from the JIT and a precompiled module', async () => {
    const modules = await precompileAll(cases.map((c) => c.schema));
    let invalid = 0;
    cases.forEach((c, ci) => {
      const pair = interpretAndJit(c.schema);
      const mod = modules[ci];
      if (pair instanceof Error || mod === undefined || mod instanceof Error)
        throw new Error(`${c.name}: refused`);
      c.data.forEach((d, i) => {
        const locale = i % 2 === 0 ? 'vi' : 'en';
        const expected = plain(pair.interpreter.validate(d, { locale }));
        if (!(expected as { ok: boolean }).ok) invalid++;
        expect(plain(pair.jit.validate(d, { locale })), `JIT, ${c.name}, ${JSON.stringify(d)}`).toStrictEqual(
          expected,
        );
        expect(plain(mod.validate(d, { locale })), `module, ${c.name}, ${JSON.stringify(d)}`).toStrictEqual(
          expected,
        );
      });
    });
    expect(invalid).toBeGreaterThan(15);
    expect(takeConsoleOutput('warn').map((args) => String(args[0]))).toEqual([
      expect.stringContaining('"x-codegen-dialect-test"'),
    ]);
  });

  it('report draft-04 strict bounds with the exclusive codes', () => {
    const pair = interpretAndJit({ minimum: 1, exclusiveMinimum: true, maximum: 3, exclusiveMaximum: true });
    if (pair instanceof Error) throw pair;
    expect(codes(pair.jit.validate(1))).toEqual(['exclusive_minimum']);
    expect(codes(pair.jit.validate(3))).toEqual(['exclusive_maximum']);
  });
});
