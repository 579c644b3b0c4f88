import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compileSchema, isJitless, useJitless } from '@dvc-kit/validation';
import { referenceInvalid, referenceSchema, referenceValid } from '../../test/fixtures/reference-form.js';

const data = [referenceValid, referenceInvalid, {}, { applicant: 1 }, null];

describe('jitless and compiled zod paths', () => {
  it('return identical issue lists on the reference data', () => {
    const validator = compileSchema(referenceSchema);
    // A zod object around the validator: on Node and in Chromium without a CSP, zod compiles its
    // object fast path with new Function unless asked to stay jitless.
    const wrapped = z.object({ id: z.string(), form: validator.toZod('vi') });
    for (const form of data) {
      const input = { id: 'x', form };
      const jit = wrapped.safeParse(input);
      const jitless = wrapped.safeParse(input, { jitless: true });
      expect(jitless.success).toBe(jit.success);
      expect(jitless.error?.issues).toEqual(jit.error?.issues);
      const direct = validator.validate(form);
      expect(direct.ok ? [] : direct.issues.map((i) => i.message)).toEqual(
        (jit.error?.issues ?? []).map((i) => i.message),
      );
    }
  });

  it('useJitless switches zod to jitless mode', () => {
    const before = z.config().jitless;
    useJitless();
    expect(isJitless()).toBe(true);
    z.config({ jitless: before });
  });
});
