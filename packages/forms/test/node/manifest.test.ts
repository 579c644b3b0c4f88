/**
 * The committed Custom Elements Manifest is what the analyzer makes of the sources today, so
 * Storybook's controls and docs tables never describe an element that has changed since; and so
 * are the React and Vue element types generated from it (frameworks/).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { afterAll, expect, test } from 'vitest';

const packageDir = new URL('../..', import.meta.url).pathname;
/** Relative to the package: the analyzer resolves `--outdir` against its working directory. */
const outdir = 'node_modules/.cache/dvc-cem-check';
afterAll(() => {
  rmSync(join(packageDir, outdir), { recursive: true, force: true });
});

test('custom-elements.json is up to date (run `pnpm --filter @dvc-kit/forms cem`)', async () => {
  execFileSync(
    join(packageDir, 'node_modules/.bin/cem'),
    ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', outdir, '--quiet'],
    { cwd: packageDir, stdio: 'pipe', env: { ...process.env, DVC_CEM_TYPES_OUTDIR: outdir } },
  );
  const committedPath = join(packageDir, 'custom-elements.json');
  const options = { ...(await resolveConfig(committedPath)), filepath: committedPath };
  const fresh = await format(readFileSync(join(packageDir, outdir, 'custom-elements.json'), 'utf8'), options);
  expect(JSON.parse(fresh)).toEqual(JSON.parse(readFileSync(committedPath, 'utf8')));
  for (const generated of ['custom-elements-jsx.d.ts', 'vue.d.ts']) {
    const committedTypes = join(packageDir, 'frameworks', generated);
    const typesOptions = { ...(await resolveConfig(committedTypes)), filepath: committedTypes };
    const freshTypes = await format(readFileSync(join(packageDir, outdir, generated), 'utf8'), typesOptions);
    expect(freshTypes, generated).toBe(readFileSync(committedTypes, 'utf8'));
  }
}, 60_000);
