/**
 * Builds @dvc-kit/forms as a page gets it from npm: each `@dvc-kit/*` package is built with its own
 * tsup configuration into a fresh directory (its `dist`, JavaScript only: the .d.ts files change
 * nothing a page runs), then a bundler takes the forms' `dist/index.js`, resolving `@dvc-kit/*`
 * through each package's `exports` map (the `import` condition, as an npm user's bundler does, never
 * the `@dvc-kit/source` condition) and Lit and zod from the installed packages, and minifies the lot
 * into one ES module. Used by the size budget and the CSP page test.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup, type Plugin } from 'rollup';
import { build, type Options } from 'tsup';

const packages = fileURLToPath(new URL('../../../', import.meta.url));

/** The `@dvc-kit/*` packages the forms' runtime imports, by package directory. */
const BUILT = ['contract', 'validation', 'admin-units', 'procedures', 'forms'] as const;

interface Manifest {
  name: string;
  dependencies?: Record<string, string>;
  exports: Record<string, string | { import?: { default?: string } }>;
}

async function manifest(dir: string): Promise<Manifest> {
  return JSON.parse(await readFile(join(packages, dir, 'package.json'), 'utf8')) as Manifest;
}

/** Builds the package in `packages/<dir>` with its tsup configuration into `<out>/<dir>/dist`. */
async function buildPackage(dir: string, out: string): Promise<void> {
  const config = ((await import(join(packages, dir, 'tsup.config.ts'))) as { default: Options }).default;
  const entry = Object.fromEntries(
    Object.entries(config.entry as Record<string, string>).map(([name, file]) => [
      name,
      join(packages, dir, file),
    ]),
  );
  const { dependencies = {} } = await manifest(dir);
  await build({
    ...config,
    entry,
    // What tsup keeps out of the build when run in the package's directory: its dependencies.
    external: Object.keys(dependencies).map((name) => new RegExp(`^${name}(/|$)`)),
    tsconfig: join(packages, dir, 'tsconfig.json'),
    outDir: join(out, dir, 'dist'),
    format: ['esm'],
    dts: false,
    sourcemap: false,
    silent: true,
    config: false,
  });
}

/** Resolves `@dvc-kit/<name>[/sub]` to the built file its `exports` map names for `import`. */
function builtPackages(out: string, manifests: Map<string, { dir: string; manifest: Manifest }>): Plugin {
  return {
    name: 'dvc-built-packages',
    resolveId(source) {
      const match = /^(@dvc-kit\/[^/]+)(\/.*)?$/.exec(source);
      const found = match === null ? undefined : manifests.get(match[1]!);
      if (match === null || found === undefined) return null;
      const target = found.manifest.exports[`.${match[2] ?? ''}`];
      const file = typeof target === 'string' ? target : target?.import?.default;
      if (file === undefined) throw new Error(`${source} is not exported for import`);
      return join(out, found.dir, file);
    },
  };
}

/** The bundle split as a page's bundler splits it: the main chunk, and the chunks loaded on demand. */
export interface FormsChunks {
  main: string;
  lazy: { name: string; code: string }[];
}

/** Builds the packages and bundles the forms' `dist` into one minified ES module; returns its code. */
export async function buildFormsBundle(): Promise<string> {
  const { main } = await bundleForms(true);
  return main;
}

/**
 * The same bundle with its dynamic imports left as chunks (unit data, the shared lists): what a page
 * downloads up front is `main`.
 */
export function buildFormsChunks(): Promise<FormsChunks> {
  return bundleForms(false);
}

async function bundleForms(inline: boolean): Promise<FormsChunks> {
  const out = await mkdtemp(join(tmpdir(), 'dvc-forms-dist-'));
  try {
    const manifests = new Map<string, { dir: string; manifest: Manifest }>();
    for (const dir of BUILT) {
      const m = await manifest(dir);
      manifests.set(m.name, { dir, manifest: m });
      await buildPackage(dir, out);
    }
    const bundle = await rollup({
      input: join(out, 'forms', 'dist', 'index.js'),
      plugins: [
        builtPackages(out, manifests),
        nodeResolve({
          // 'production' said outright: without it the plugin adds 'development' whenever NODE_ENV is
          // set and not 'production' (Vitest sets it to 'test'), and Lit's dev build would ship.
          exportConditions: ['browser', 'production', 'import', 'default'],
          browser: true,
          // Lit and zod as installed for the packages that depend on them.
          modulePaths: BUILT.map((dir) => join(packages, dir, 'node_modules')),
        }),
      ],
      onwarn(warning, warn) {
        // zod's comments about esbuild's tree-shaking are not annotations rollup reads; harmless.
        if (['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'].includes(warning.code ?? ''))
          return;
        warn(warning);
      },
    });
    try {
      const { output } = await bundle.generate({
        format: 'es',
        inlineDynamicImports: inline,
        plugins: [terser({ ecma: 2020, module: true, compress: { passes: 2 }, format: { comments: false } })],
      });
      const chunks = output.flatMap((o) => (o.type === 'chunk' ? [o] : []));
      const entry = chunks.find((c) => c.isEntry);
      if (entry === undefined) throw new Error('No entry chunk');
      // What loads up front: the entry and every chunk it imports statically, transitively.
      const upFront = new Set([entry.fileName]);
      for (const name of upFront)
        for (const imported of chunks.find((c) => c.fileName === name)?.imports ?? []) upFront.add(imported);
      const main = chunks.filter((c) => upFront.has(c.fileName));
      return {
        main: main.map((c) => c.code).join('\n'),
        lazy: chunks.filter((c) => !upFront.has(c.fileName)).map((c) => ({ name: c.fileName, code: c.code })),
      };
    } finally {
      await bundle.close();
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}
