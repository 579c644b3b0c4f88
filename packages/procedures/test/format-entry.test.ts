/**
 * `@dvc-kit/procedures/format` as users get it: the package is built with its own tsup config (both
 * entries, as `dist/` is), then the built `format.js` is bundled for a browser, minified, with
 * tsup (esbuild). The bundle must carry no definition and stay within a byte budget; the main
 * entry, bundled the same way, does carry the definitions (so the check can fail).
 */
import { mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Options } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as FormatEntry from '@dvc-kit/procedures/format';
import config from '../tsup.config.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
// Inside the package, so that @dvc-kit/validation resolves from the built files as it would for a user.
const OUT = join(PACKAGE_DIR, 'node_modules', '.cache', `dvc-procedures-format-test-${process.pid}`);

/**
 * The budget of the format entry, min+gzip, @dvc-kit/validation's pointer code included: 862 B with
 * the types, widget list and condition evaluator; 2,191 B once it also carried the fee computation
 * (check your answers) and the documents model (`<dvc-documents>`), both used by @dvc-kit/forms.
 */
const BUDGET_BYTES = 2560;

/** A minified browser bundle of a built file, its dependencies included, as an app's bundler makes it. */
async function browserBundle(file: string): Promise<string> {
  const name = file.replace(/^.*\//, '').replace(/\.js$/, '');
  const outDir = join(OUT, 'browser');
  await build({
    config: false,
    entry: { [name]: file },
    outDir,
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeshake: true,
    dts: false,
    sourcemap: false,
    silent: true,
    noExternal: [/.*/],
    esbuildOptions(options) {
      // The workspace's @dvc-kit/validation may not be built: take it from its sources.
      options.conditions = ['@dvc-kit/source'];
      options.legalComments = 'none';
    },
  });
  return readFile(join(outDir, `${name}.js`), 'utf8');
}

const definitionMarkers = async (): Promise<string[]> => {
  const dir = join(PACKAGE_DIR, 'definitions');
  const markers: string[] = [];
  for (const name of await readdir(dir)) {
    const definition = JSON.parse(await readFile(join(dir, name), 'utf8')) as {
      slug: string;
      procedure: { code: string };
    };
    markers.push(definition.slug, definition.procedure.code);
  }
  return markers;
};

beforeAll(async () => {
  const options = config as Options;
  // tsup leaves a package's dependencies external, reading package.json from the working
  // directory; the test runs from the repository root, so it names them.
  const manifest = JSON.parse(await readFile(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  await build({
    ...options,
    config: false,
    external: Object.keys(manifest.dependencies ?? {}),
    entry: { index: join(PACKAGE_DIR, 'src/index.ts'), format: join(PACKAGE_DIR, 'src/format.ts') },
    outDir: OUT,
    dts: false,
    sourcemap: false,
    silent: true,
    tsconfig: join(PACKAGE_DIR, 'tsconfig.json'),
  });
  await mkdir(OUT, { recursive: true });
}, 120_000);

afterAll(async () => {
  await rm(OUT, { recursive: true, force: true });
});

describe('@dvc-kit/procedures/format', () => {
  it('carries no definition, unlike the main entry', async () => {
    const markers = await definitionMarkers();
    expect(markers.length).toBeGreaterThanOrEqual(12);
    const format = await browserBundle(join(OUT, 'format.js'));
    expect(markers.filter((m) => format.includes(m))).toEqual([]);
    const main = await browserBundle(join(OUT, 'index.js'));
    expect(markers.filter((m) => main.includes(m))).toEqual(markers);
    // Bundling the main entry (every definition, and the 2025 units compileProcedure checks codes
    // against) takes seconds on a loaded machine.
  }, 60_000);

  it(`fits ${BUDGET_BYTES} bytes min+gzip in a browser bundle`, async () => {
    const code = await browserBundle(join(OUT, 'format.js'));
    const gzipped = gzipSync(code, { level: 9 }).byteLength;
    expect(gzipped, `format entry is ${gzipped} bytes min+gzip`).toBeLessThanOrEqual(BUDGET_BYTES);
  }, 60_000);

  it('evaluates conditions and lists the widgets from the bundle', async () => {
    await browserBundle(join(OUT, 'format.js'));
    const built = (await import(pathToFileURL(join(OUT, 'browser', 'format.js')).href)) as typeof FormatEntry;
    expect(built.evaluateCondition({ field: '/a~1b', equals: 1 }, { 'a/b': 1 })).toBe(true);
    expect(built.evaluateCondition({ all: [{ field: '/x', filled: true }] }, { x: '' })).toBe(false);
    expect(
      built.conditionFields({
        any: [
          { field: '/x', in: [1] },
          { field: '/y', equals: 2 },
        ],
      }),
    ).toEqual(['/x', '/y']);
    expect(built.isWidget('money')).toBe(true);
    expect(built.WIDGETS).toContain('repeatable');
  }, 60_000);
});
