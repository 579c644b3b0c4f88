import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../scripts/generate-data.mjs', import.meta.url));

describe('generated data', () => {
  it('is up to date with data/ (run `pnpm --filter @dvc-kit/admin-units generate` if not)', () => {
    const output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8', stdio: 'pipe' });
    expect(output).toContain('up to date');
  });
});
