/** The one tsup setup every `@dvc-kit/*` package builds with: ESM + CJS + .d.ts, no bundled deps. */
import { defineConfig, type Options } from 'tsup';

export function packageConfig(
  options: Pick<Options, 'entry'> & Partial<Options>,
): ReturnType<typeof defineConfig> {
  return defineConfig({
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
    splitting: true,
    ...options,
  });
}
