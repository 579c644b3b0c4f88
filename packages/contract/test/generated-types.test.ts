import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without types, shared with `pnpm generate`.
import { generateTypes, OUTPUT } from '../scripts/generate-types.mjs';

describe('the generated API types', () => {
  it('match the OpenAPI document (run `pnpm --filter @dvc-kit/contract generate` after changing it)', async () => {
    const committed = await readFile(OUTPUT as string, 'utf8');
    const fresh = await (generateTypes as () => Promise<string>)();
    expect(fresh === committed, 'src/internal/data/portal-api.ts is out of date').toBe(true);
  }, 60_000);
});
