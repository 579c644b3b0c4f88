/**
 * Issues are plain objects whose `message` is an own enumerable property, whether it is worded when
 * read (the first time) or kept from an earlier run (constant params, such as `required` or a
 * format's reason): spreads and `JSON.stringify` see it, and repeated runs word it the same way.
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
});
