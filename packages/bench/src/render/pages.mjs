// @ts-check
/**
 * Builds the four render pages (one HTML file and one bundle each) with the shared bundler config,
 * or reuses a page built earlier when none of the files it was built from has changed since.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../bundle.mjs';

/** The renderers, in the order of every table. */
export const RENDERERS = /** @type {const} */ (['floor', 'rjsf', 'jsonforms', 'dvc-form']);
/** @typedef {(typeof RENDERERS)[number]} Renderer */

export const RENDERER_NAMES = {
  floor: 'floor (plain DOM)',
  rjsf: 'RJSF 6 + Ajv 8',
  jsonforms: 'JSON Forms 3 vanilla',
  'dvc-form': '<dvc-form>',
};

/**
 * The sizes of a page built earlier, when every file it was built from is older than the build.
 * @param {string} dir @returns {import('../bundle.mjs').BundleSize[] | undefined}
 */
function reusable(dir) {
  const stamp = join(dir, 'build.json');
  if (!existsSync(stamp) || !existsSync(join(dir, 'index.html'))) return undefined;
  const built = statSync(stamp).mtimeMs;
  const sizes = /** @type {import('../bundle.mjs').BundleSize[]} */ (JSON.parse(readFileSync(stamp, 'utf8')));
  const inputs = sizes.flatMap((s) => s.inputs ?? []);
  const fresh = inputs.length > 0 && inputs.every((f) => existsSync(f) && statSync(f).mtimeMs <= built);
  return fresh ? sizes : undefined;
}

/**
 * @param {string} outdir @param {(s: string) => void} [log]
 * @returns {Promise<import('../bundle.mjs').BundleSize[]>}
 */
export async function buildPages(outdir, log = () => {}) {
  mkdirSync(outdir, { recursive: true });
  const entries = Object.fromEntries(
    RENDERERS.map((r) => [r, fileURLToPath(new URL(`./pages/${r}.mjs`, import.meta.url))]),
  );
  // Each page is its own build, so no chunk is shared between two libraries' pages.
  const sizes = [];
  for (const [name, file] of Object.entries(entries)) {
    const dir = join(outdir, name);
    const earlier = reusable(dir);
    if (earlier !== undefined) {
      log(`  ${name}: the page built earlier is up to date`);
      sizes.push(...earlier);
      continue;
    }
    rmSync(dir, { recursive: true, force: true });
    const built = await bundle({ [name]: file }, dir);
    sizes.push(...built);
    writeFileSync(join(dir, 'build.json'), JSON.stringify(built));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head>` +
        `<body><script type="module" src="./${name}.js"></script></body></html>`,
    );
  }
  return sizes;
}
