import { expect, it } from 'vitest';
import { z } from 'zod';

it('the /csp entry switches zod to jitless on import and exports the same API', async () => {
  const before = z.config().jitless;
  try {
    const csp = await import('@dvc-kit/validation/csp');
    const main = await import('@dvc-kit/validation');
    expect(csp.isJitless()).toBe(true);
    expect(Object.keys(csp).sort()).toEqual(Object.keys(main).sort());
    expect(csp.compileSchema({ type: 'string' }).validate(1).ok).toBe(false);
  } finally {
    z.config({ jitless: before === true });
  }
});
