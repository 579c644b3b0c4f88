// The static Storybook build, shared by `pnpm docs:build` and `pnpm docs:screenshots`.
import { bold, red, resolvePnpm, run } from '../lib/run.mjs';

/**
 * Builds the static Storybook (the designers' pages and every story) into a folder.
 * @returns whether it built; a failure is reported on stderr
 */
export async function buildStorybook(outputDir) {
  console.log(bold('▶ Building the static Storybook'));
  const pnpm = resolvePnpm();
  const code = await run(pnpm.command, [
    ...pnpm.prefix,
    'exec',
    'storybook',
    'build',
    '--quiet',
    '--disable-telemetry',
    '--output-dir',
    outputDir,
  ]);
  if (code !== 0) console.error(red(`storybook build failed (exit ${code})`));
  return code === 0;
}
