// @ts-check
/**
 * Bundle sizes, every entry built alone with the one bundler config (../bundle.mjs): ours (the
 * sdk's client) against the peers. The forms bundle is the file a page loads, packages/forms'
 * single-file build `dist/cdn/dvc-forms.js` as it is (not rebuilt: the file
 * packages/forms/test/node/bundle-size.test.ts reads), else its main entry built like the others.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { bundle, kB } from '../bundle.mjs';

/** Name → what it is, in the order of the table. */
export const SIZE_ENTRIES = {
  forms: '@dvc-kit/forms (`<dvc-form>` and every widget)',
  sdk: '@dvc-kit/sdk `createClient`',
  rjsf: 'RJSF 6 + Ajv 8 validator + React 19',
  jsonforms: 'JSON Forms 3 + vanilla renderers + React 19',
  surveyjs: 'SurveyJS (survey-core + survey-react-ui) + React 19',
  formio: 'Form.io (@formio/js)',
  ky: 'ky',
  'openapi-fetch': 'openapi-fetch',
  stripe: 'Stripe client (stripe)',
  openai: 'OpenAI client (openai)',
};

/** The forms package's single-file build, if it has one. @param {string} root */
export function formsCdnFile(root) {
  const dir = join(root, 'packages/forms/dist/cdn');
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir);
  // The main file (dvc-forms.js); its lazy chunks and the documents entry sit beside it.
  const file = files.includes('dvc-forms.js') ? 'dvc-forms.js' : files.find((f) => /\.m?js$/.test(f));
  return file === undefined ? undefined : join(dir, file);
}

/**
 * The single-file build measured as it is: the file itself up front, and with the chunks it
 * imports on demand (`import("./dvc-forms-….js")`, followed through those chunks).
 * @param {string} file @returns {import('../bundle.mjs').BundleSize}
 */
export function measureBuiltFile(file) {
  const dir = dirname(file);
  const sizeOf = (/** @type {string} */ f) => {
    const bytes = readFileSync(join(dir, f));
    return {
      min: bytes.byteLength,
      gzip: gzipSync(bytes, { level: 9 }).byteLength,
      code: bytes.toString('utf8'),
    };
  };
  const main = file.slice(dir.length + 1);
  const seen = new Set([main]);
  const queue = [main];
  let allMinified = 0;
  let allGzip = 0;
  for (let f = queue.shift(); f !== undefined; f = queue.shift()) {
    const s = sizeOf(f);
    allMinified += s.min;
    allGzip += s.gzip;
    for (const m of s.code.matchAll(/import\(["']\.\/([^"']+\.js)["']\)/g)) {
      const next = /** @type {string} */ (m[1]);
      if (!seen.has(next) && existsSync(join(dir, next))) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  const up = sizeOf(main);
  return { name: 'forms', minified: up.min, gzip: up.gzip, allMinified, allGzip, files: seen.size };
}

/**
 * @param {string} root the repository @param {string} outdir
 * @param {(s: string) => void} log
 * @returns {Promise<{ sizes: (import('../bundle.mjs').BundleSize & { error?: string })[], formsSource: string }>}
 */
export async function measureSizes(root, outdir, log) {
  const cdn = formsCdnFile(root);
  const sizes = [];
  for (const name of Object.keys(SIZE_ENTRIES)) {
    const entry = fileURLToPath(new URL(`./entries/${name}.mjs`, import.meta.url));
    try {
      const [size] =
        name === 'forms' && cdn !== undefined
          ? [measureBuiltFile(cdn)]
          : await bundle({ [name]: entry }, join(outdir, name));
      if (size === undefined) throw new Error('no output');
      delete size.inputs;
      sizes.push(size);
      log(`  ${name}: ${kB(size.gzip)} min+gzip`);
    } catch (error) {
      const message = String(/** @type {Error} */ (error).message ?? error)
        .split('\n')
        .slice(0, 2)
        .join(' ');
      log(`  ${name}: cannot be bundled for the browser (${message})`);
      sizes.push({
        name,
        minified: NaN,
        gzip: NaN,
        allMinified: NaN,
        allGzip: NaN,
        files: 0,
        error: message,
      });
    }
  }
  return {
    sizes,
    formsSource:
      cdn === undefined
        ? '`packages/forms/dist/index.js`, the main entry as built (there is no single-file `dist/cdn/` build yet)'
        : `\`${cdn.slice(root.length + 1)}\`, the single-file build, measured as it is (the file a page loads and \`packages/forms/test/node/bundle-size.test.ts\` reads, not rebuilt)`,
  };
}
