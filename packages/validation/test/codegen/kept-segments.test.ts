/**
 * Issue pointers are joined from kept, escaped segments (`internal/report.ts`, at most 1 024 kept
 * per copy of the runtime): past that many distinct tokens, and for tokens that need escaping or
 * look alike (`0` and `"0"`), every path still reports the pointer the interpreter gives.
 */
import { describe, expect, it } from 'vitest';
import type { ValidationResult } from '@dvc-kit/validation';
import { interpretAndJit, precompileAll } from './three-ways.js';

const schema = {
  type: 'object',
  properties: {
    list: { type: 'array', items: { type: 'object', properties: { v: { type: 'string' } } } },
    byKey: { type: 'object', additionalProperties: { type: 'object', required: ['n'] } },
  },
  additionalProperties: false,
};

const pointers = (r: ValidationResult): string[] => (r.ok ? [] : r.issues.map((i) => i.pointer));

describe('kept pointer segments', () => {
  it('give the same pointers past 1 024 distinct tokens, escaped, on every path', async () => {
    const made = interpretAndJit(schema, { maxIssues: 5000 });
    if (made instanceof Error) throw made;
    const [module] = await precompileAll([schema], { maxIssues: 5000 });
    if (module instanceof Error || module === undefined) throw module ?? new Error('no module');
    const byKey: Record<string, object> = { 'a/b': {}, '~0': {}, '0': {} };
    for (let i = 0; i < 1200; i++) byKey[`k${i}`] = {};
    const data = {
      list: Array.from({ length: 1200 }, (_, i) => ({ v: i })),
      byKey,
      'x/~y': 1,
    };
    const expected = [
      ...Array.from({ length: 1200 }, (_, i) => `/list/${i}/v`),
      '/byKey/0/n',
      '/byKey/a~1b/n',
      '/byKey/~00/n',
      ...Array.from({ length: 1200 }, (_, i) => `/byKey/k${i}/n`),
      '/x~1~0y',
    ];
    const options = { locale: 'en' as const };
    for (const v of [module, made.jit, made.interpreter])
      for (let run = 0; run < 2; run++) {
        const got = pointers(v.validate(data, options));
        expect([...got].sort()).toEqual([...expected].sort());
      }
  }, 60_000);
});
