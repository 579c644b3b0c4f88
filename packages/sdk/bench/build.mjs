// @ts-check
/**
 * Bundles bench/run.ts (with the sandbox's and the sdk's TypeScript sources) into one Node script
 * and runs it. Each source file keeps its own `import.meta.url`, so the sandbox still finds its
 * OpenAPI document on disk.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const outfile = fileURLToPath(new URL('../node_modules/.cache/dvc-kit-bench/run.mjs', import.meta.url));

/** @type {import('esbuild').Plugin} */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\/packages\/[^/]+\/src\/.*\.ts$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: 'ts',
    }));
  },
};

await build({
  entryPoints: [fileURLToPath(new URL('run.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['@dvc-kit/source'],
  external: ['tinybench', 'prettier', 'esbuild'],
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  plugins: [ownImportMetaUrl],
  outfile,
  logLevel: 'warning',
});
// `DVC_BENCH_BUILD_ONLY=1`: only build, e.g. to profile the script with `node --cpu-prof` (docs/sdk.md).
if (process.env['DVC_BENCH_BUILD_ONLY'] === '1') process.exit(0);
const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exit(run.status ?? 1);
