// @ts-check
/** Builds the four render pages (one HTML file and one bundle each) with the shared bundler config. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** @param {string} outdir @returns {Promise<import('../bundle.mjs').BundleSize[]>} */
export async function buildPages(outdir) {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const entries = Object.fromEntries(
    RENDERERS.map((r) => [r, fileURLToPath(new URL(`./pages/${r}.mjs`, import.meta.url))]),
  );
  // Each page is its own build, so no chunk is shared between two libraries' pages.
  const sizes = [];
  for (const [name, file] of Object.entries(entries)) {
    const dir = join(outdir, name);
    sizes.push(...(await bundle({ [name]: file }, dir)));
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,"></head>` +
        `<body><script type="module" src="./${name}.js"></script></body></html>`,
    );
  }
  return sizes;
}
