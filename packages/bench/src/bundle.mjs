// @ts-check
/**
 * The one bundler configuration of the benchmark: the render pages and every size entry are built
 * with it, so sizes compare like with like (esbuild, minified, ESM for browsers, es2022, code
 * splitting so lazily imported chunks stay lazy, production React; gzip level 9).
 */
import { readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Bytes as kB, where kB = 1024 B, as the size-budget tests count (packages/forms, packages/sdk). */
export const kB = (/** @type {number} */ bytes) =>
  Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} kB` : 'n/a';

/** @type {import('esbuild').BuildOptions} */
export const BUNDLE_OPTIONS = {
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  splitting: true,
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'silent',
  metafile: true,
};

/**
 * @typedef {{ name: string, minified: number, gzip: number, allMinified: number, allGzip: number, files: number, inputs?: string[] }} BundleSize
 * `minified`/`gzip`: the entry and the chunks it imports statically (what a page downloads up
 * front); `all*`: with the lazily imported chunks too.
 */

/**
 * Builds `entries` (name → file) into `outdir` and measures each entry's output.
 * @param {Record<string, string>} entries
 * @param {string} outdir
 * @param {import('esbuild').BuildOptions} [extra]
 * @returns {Promise<BundleSize[]>}
 */
export async function bundle(entries, outdir, extra = {}) {
  const result = await build({ ...BUNDLE_OPTIONS, ...extra, entryPoints: entries, outdir });
  const outputs = /** @type {import('esbuild').Metafile} */ (result.metafile).outputs;
  const cwd = process.cwd();
  /** @type {Map<string, { min: number, gzip: number }>} */
  const sizes = new Map();
  const sizeOf = (/** @type {string} */ file) => {
    let s = sizes.get(file);
    if (s === undefined) {
      const bytes = readFileSync(join(cwd, file));
      s = { min: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
      sizes.set(file, s);
    }
    return s;
  };
  /** @param {string} file @param {boolean} lazy @param {Set<string>} seen */
  const walk = (file, lazy, seen) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? []) {
      if (i.external) continue;
      if (i.kind === 'import-statement' || lazy) walk(i.path, lazy, seen);
    }
  };
  return Object.keys(entries).map((name) => {
    const file = Object.keys(outputs).find(
      (f) => f.endsWith('.js') && basename(f) === `${name}.js` && outputs[f]?.entryPoint !== undefined,
    );
    if (file === undefined) throw new Error(`No output for ${name} in ${relative(cwd, outdir)}`);
    const initial = new Set();
    walk(file, false, initial);
    const all = new Set();
    walk(file, true, all);
    const sum = (/** @type {Set<string>} */ set, /** @type {'min' | 'gzip'} */ k) =>
      [...set].reduce((t, f) => t + sizeOf(f)[k], 0);
    return {
      name,
      minified: sum(initial, 'min'),
      gzip: sum(initial, 'gzip'),
      allMinified: sum(all, 'min'),
      allGzip: sum(all, 'gzip'),
      files: all.size,
      // The source files it was built from (absolute paths), to tell when a rebuild is due.
      inputs: Object.keys(/** @type {import('esbuild').Metafile} */ (result.metafile).inputs).map((f) =>
        join(cwd, f),
      ),
    };
  });
}
