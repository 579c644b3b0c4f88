/**
 * The single-file build as it is published: `dist/cdn` (scripts/build-cdn.mjs; the project's global
 * setup, cdn.setup.ts, builds it when a source is newer). Read by the size budget and served by the
 * CSP pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CDN_DIR = fileURLToPath(new URL('../../dist/cdn/', import.meta.url));
export const CDN_MAIN = 'dvc-forms.js';

/** A file of `dist/cdn`. */
export interface CdnFile {
  name: string;
  code: string;
}

/** The main file, and the other modules beside it (loaded on demand, or the documents entry). */
export async function readCdn(): Promise<{ main: string; others: CdnFile[] }> {
  const names = (await readdir(CDN_DIR)).filter((name) => name.endsWith('.js'));
  const files = await Promise.all(
    names.map(async (name) => ({ name, code: await readFile(join(CDN_DIR, name), 'utf8') })),
  );
  const main = files.find((f) => f.name === CDN_MAIN);
  if (main === undefined) throw new Error(`${CDN_MAIN} is missing from ${CDN_DIR}`);
  return { main: main.code, others: files.filter((f) => f !== main) };
}

/** The files of `dist/cdn` by URL path (`/dvc-forms.js`, ...), for a test server. */
export async function cdnFiles(): Promise<Record<string, string>> {
  const names = await readdir(CDN_DIR);
  const entries = await Promise.all(
    names.map(async (name) => [`/${name}`, await readFile(join(CDN_DIR, name), 'utf8')] as const),
  );
  return Object.fromEntries(entries);
}
