import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSchema } from '@dvc-kit/validation';
import { referenceInvalid, referenceSchema, referenceValid } from '../../test/fixtures/reference-form.js';

/**
 * What a strict CSP forbids, made observable: `eval` and the `Function` constructor are replaced by
 * recorders for the duration of each test, in Node and in Chromium.
 */
const calls: string[] = [];
const realEval = globalThis.eval;
const RealFunction = globalThis.Function;

beforeEach(() => {
  calls.length = 0;
  globalThis.eval = ((code: string) => {
    calls.push(`eval(${code.slice(0, 40)})`);
    throw new EvalError('eval is blocked by the test CSP');
  }) as typeof eval;
  globalThis.Function = new Proxy(RealFunction, {
    construct(_target, args: unknown[]) {
      calls.push(`new Function(${String(args.at(-1)).slice(0, 40)})`);
      throw new EvalError('new Function is blocked by the test CSP');
    },
    apply(_target, _this, args: unknown[]) {
      calls.push(`Function(${String(args.at(-1)).slice(0, 40)})`);
      throw new EvalError('Function is blocked by the test CSP');
    },
  });
});

afterEach(() => {
  globalThis.eval = realEval;
  globalThis.Function = RealFunction;
});

describe('under a strict CSP (no eval, no Function constructor)', () => {
  it('compiles and validates without evaluating code', () => {
    const form = compileSchema(referenceSchema);
    expect(form.validate(referenceValid).ok).toBe(true);
    expect(form.validate(referenceInvalid, { locale: 'en' }).ok).toBe(false);
    form.validateAt('/applicant/phone', referenceInvalid);
    form.activeFields(referenceValid);
    expect(form.zod.safeParse(referenceInvalid).success).toBe(false);
    expect(calls).toEqual([]);
  });

  it('composes into zod object schemas in jitless mode without evaluating code', () => {
    const before = z.config().jitless;
    z.config({ jitless: true });
    try {
      const wrapped = z.object({ form: compileSchema(referenceSchema).toZod('vi') });
      expect(wrapped.safeParse({ form: referenceValid }).success).toBe(true);
      expect(wrapped.safeParse({ form: referenceInvalid }).success).toBe(false);
    } finally {
      z.config({ jitless: before === true });
    }
    expect(calls).toEqual([]);
  });
});
