import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildFormsBundle } from './build-bundle.js';

/** The budget of issue #7: the whole single-file bundle built from the packages' `dist`, min+gzip. */
const BUDGET_BYTES = 60 * 1024;

describe('bundle size', () => {
  it('keeps Lit, zod, the validation core, the forms and both locales within 60 kB min+gzip', async () => {
    const code = await buildFormsBundle();
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(
      `@dvc-kit/forms bundle: ${(code.length / 1024).toFixed(1)} kB min, ${(gzipped / 1024).toFixed(1)} kB min+gzip (budget 60 kB)`,
    );
    expect(code).toContain('dvc-form');
    // Lit's production build, as a page's bundler picks it (no development condition).
    expect(code).not.toContain('Lit is in dev mode');
    expect(code).toContain('Có lỗi trong biểu mẫu');
    expect(code).toContain('There is a problem');
    // Both message catalogs of the validation core.
    expect(code).toContain('Vui lòng nhập {label}.');
    expect(code).toContain('{Label} is required.');
    // No reference definition slips into the runtime bundle.
    expect(code).not.toContain('birth-registration');
    // Nothing evaluates code.
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  }, 120_000);
});
