/**
 * A leaf (a schema of only value keywords: `type`, `maxLength`, `enum`, `format`, …) keeps no
 * checks until it is first validated: until then it shares one `validate` and one frozen empty
 * shape with every other leaf; its first run compiles its own checks. Schema errors still surface
 * at compile time, and the verdicts and issues are those of checks compiled at once.
 */
import { describe, expect, it } from 'vitest';
import { compileNodes, compileSchema } from './compile-schema.js';
import { SchemaError } from '../errors.js';
import { Validator } from './validator.js';
import type { CompiledNode } from './types.js';

const SCHEMA = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', maxLength: 3, title: 'Tên' },
    age: { type: 'integer', minimum: 0 },
    kind: { enum: ['a', 'b'] },
    mail: { type: 'string', format: 'email' },
    home: { type: 'object', properties: { city: { type: 'string' } } },
  },
};

function member(root: CompiledNode, name: string): CompiledNode {
  const node = root.shape.properties?.get(name);
  if (node === undefined) throw new Error(`no member ${name}`);
  return node;
}

describe('leaves compile their checks when first run', () => {
  it('share one validate and one frozen shape until then, and get their own on the first run', () => {
    const { root, run } = compileNodes(SCHEMA);
    const [name, age, kind, mail] = ['name', 'age', 'kind', 'mail'].map((n) => member(root, n));
    const home = member(root, 'home');
    const shared = name?.validate;
    for (const leaf of [age, kind, mail, member(home, 'city')]) {
      expect(leaf?.validate).toBe(shared);
      expect(leaf?.shape).toBe(name?.shape);
    }
    expect(Object.isFrozen(name?.shape)).toBe(true);
    expect(Object.isFrozen(name?.shape.required)).toBe(true);
    // Not a leaf: an object with members has its own checks and shape from the start.
    expect(home.validate).not.toBe(shared);
    expect(home.shape).not.toBe(name?.shape);

    const validator = new Validator(root, run);
    expect(validator.validateAt('/name', { name: 'Hoàng' }).ok).toBe(false);
    expect(name?.validate).not.toBe(shared);
    expect(age?.validate).toBe(shared);
    const own = name?.validate;
    expect(validator.validateAt('/name', { name: 'An' }).ok).toBe(true);
    expect(name?.validate).toBe(own);
  });

  it('gives the issues of checks compiled at once, and a leaf first reached through another caller works too', () => {
    const lazy = compileSchema(SCHEMA);
    const data = { name: 'Hoàng', age: -1, kind: 'c', mail: 'x', home: { city: 1 } };
    const issues = lazy.validate(data, { locale: 'en' });
    expect(issues.ok).toBe(false);
    expect(issues.ok ? [] : issues.issues.map((i) => [i.pointer, i.code])).toEqual([
      ['/name', 'max_length'],
      ['/age', 'minimum'],
      ['/kind', 'enum'],
      ['/mail', 'format'],
      ['/home/city', 'type'],
    ]);
    // Run again: the leaves' own checks now, the same answer.
    expect(lazy.validate(data, { locale: 'en' })).toEqual(issues);
    expect(lazy.validate({ name: 'An', age: 3, kind: 'a', mail: 'a@b.vn', home: { city: 'Huế' } }).ok).toBe(
      true,
    );
  });

  it('still refuses a bad leaf keyword at compile time', () => {
    expect(() => compileSchema({ properties: { name: { type: 'string', maxLength: 'x' } } })).toThrow(
      SchemaError,
    );
    expect(() => compileSchema({ properties: { code: { type: 'string', pattern: '(' } } })).toThrow(
      SchemaError,
    );
  });
});
