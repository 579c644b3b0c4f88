/**
 * Issues are plain objects whose `message` is an own enumerable property, whether it is worded when
 * read (the first time) or kept from an earlier run (constant params, such as `required` or a
 * format's reason): spreads and `JSON.stringify` see it, and repeated runs word it the same way.
 * Params the JIT interns per run value (a `type` issue's received type, a key's name, a format's
 * extra params) are shared, frozen objects whose kept wording follows the value.
 */
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '@dvc-kit/validation';
import { interpretAndJit, precompileAll, type AnyValidator } from './three-ways.js';

const schema = {
  type: 'object',
  properties: {
    email: { type: 'string', format: 'email', title: 'Thư điện tử' },
    day: { type: 'string', format: 'date', title: 'Ngày' },
    age: { type: 'integer' },
  },
  required: ['name', 'email'],
};
const data = { email: 'không phải email', day: '2024-02-30', age: 'x' };

const issues = (r: ValidationResult): { pointer: string; code: string; message: string }[] =>
  r.ok ? [] : r.issues.map((i) => ({ ...i }));

describe('issue objects', () => {
  it('carry their message as an own enumerable property on every path, run after run', async () => {
    const made = interpretAndJit(schema);
    if (made instanceof Error) throw made;
    const [module] = await precompileAll([schema]);
    if (module instanceof Error || module === undefined) throw module ?? new Error('no module');
    const paths: AnyValidator[] = [made.interpreter, made.jit, module];
    const first = issues(made.interpreter.validate(data, { locale: 'vi' }));
    expect(first.map((i) => i.code)).toEqual(['format', 'format', 'type', 'required']);
    for (const p of paths)
      for (let run = 0; run < 3; run++) {
        const r = p.validate(data, { locale: 'vi' });
        expect(issues(r)).toEqual(first);
        if (!r.ok)
          for (const i of r.issues) {
            expect(Object.keys(i)).toContain('message');
            expect(JSON.parse(JSON.stringify(i))).toEqual({ ...i });
          }
        // The English wording is kept apart from the Vietnamese one.
        const en = issues(p.validate(data, { locale: 'en' }));
        expect(en.map((i) => i.pointer)).toEqual(first.map((i) => i.pointer));
        en.forEach((i, n) => {
          expect(i.message).not.toBe(first[n]?.message);
        });
      }
  }, 60_000);

  it('word interned params after the value of each run, in each locale (JIT)', () => {
    const closed = {
      type: 'object',
      properties: {
        age: { type: ['integer', 'null'], title: 'Tuổi' },
        name: { type: 'string', format: 'vn-person-name' },
      },
      additionalProperties: false,
      propertyNames: { maxLength: 5 },
    };
    const made = interpretAndJit(closed);
    if (made instanceof Error) throw made;
    const runs = [
      { age: 'x', name: 'Nguyễn 4', extra: 1 },
      { age: true, name: 'Nguyễn 5', other: 2 },
      { age: 'x', name: 'Nguyễn 4', extra: 1 },
      { age: [], name: 'Lê#', toolong: 3 },
    ];
    for (let round = 0; round < 2; round++)
      for (const d of runs)
        for (const locale of ['vi', 'en'] as const) {
          const jit = made.jit.validate(d, { locale });
          expect(issues(jit)).toEqual(issues(made.interpreter.validate(d, { locale })));
          if (!jit.ok)
            for (const i of jit.issues)
              if (['type', 'additional_property', 'property_name'].includes(i.code))
                expect(Object.isFrozen(i.params), i.code).toBe(true);
        }
    const first = made.jit.validate(runs[0], { locale: 'vi' });
    const again = made.jit.validate(runs[2], { locale: 'vi' });
    // The same run value gives the very same params object.
    if (!first.ok && !again.ok) expect(again.issues[0]?.params).toBe(first.issues[0]?.params);
    else throw new Error('the runs should be invalid');
  }, 60_000);
});
