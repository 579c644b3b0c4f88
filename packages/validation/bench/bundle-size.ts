/** Browser bundle sizes (esbuild, minified, gzip -9) of the package and of its competitors. */
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

export interface BundleSize {
  name: string;
  minified: number;
  gzip: number;
}

const common: BuildOptions = {
  bundle: true,
  minify: true,
  platform: 'browser',
  format: 'esm',
  target: 'es2022',
  write: false,
  legalComments: 'none',
  logLevel: 'silent',
};

async function measure(name: string, options: BuildOptions): Promise<BundleSize> {
  const result = await build({ ...common, ...options });
  const file = result.outputFiles?.[0];
  if (file === undefined) throw new Error(`esbuild produced no output for ${name}`);
  return { name, minified: file.contents.byteLength, gzip: gzipSync(file.contents, { level: 9 }).byteLength };
}

/** Sizes of the package (with and without zod), Ajv 2020 (with and without ajv-formats) and zod classic. */
export async function bundleSizes(packageDir: string): Promise<BundleSize[]> {
  const entry = join(packageDir, 'src/index.ts');
  const stdin = (contents: string): BuildOptions => ({
    stdin: { contents, resolveDir: packageDir, loader: 'js' },
  });
  return [
    await measure('@dvc-kit/validation (src/index.ts, zod included)', {
      entryPoints: [entry],
      conditions: ['@dvc-kit/source'],
    }),
    await measure('@dvc-kit/validation, own code only (zod external)', {
      entryPoints: [entry],
      conditions: ['@dvc-kit/source'],
      external: ['zod'],
    }),
    await measure('ajv/dist/2020', stdin(`export { Ajv2020 } from 'ajv/dist/2020.js';`)),
    await measure(
      'ajv/dist/2020 + ajv-formats',
      stdin(
        `export { Ajv2020 } from 'ajv/dist/2020.js'; export { default as addFormats } from 'ajv-formats';`,
      ),
    ),
    await measure('zod 4 classic (`zod`)', stdin(`export * from 'zod';`)),
  ];
}
