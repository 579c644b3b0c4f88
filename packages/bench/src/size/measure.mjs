// @ts-check
/**
 * Bundle sizes, every entry built alone with the one bundler config (../bundle.mjs): ours (the
 * forms bundle, the sdk's client) against the peers. The forms bundle is packages/forms'
 * single-file CDN build when there is one (`dist/cdn/*.js`), else its main entry as built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from '../bundle.mjs';

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
 * @param {string} root the repository @param {string} outdir
 * @param {(s: string) => void} log
 * @returns {Promise<{ sizes: (import('../bundle.mjs').BundleSize & { error?: string })[], formsSource: string }>}
 */
export async function measureSizes(root, outdir, log) {
  const cdn = formsCdnFile(root);
  const sizes = [];
  for (const name of Object.keys(SIZE_ENTRIES)) {
    const entry =
      name === 'forms' && cdn !== undefined
        ? cdn
        : fileURLToPath(new URL(`./entries/${name}.mjs`, import.meta.url));
    try {
      const [size] = await bundle({ [name]: entry }, join(outdir, name));
      if (size === undefined) throw new Error('no output');
      sizes.push(size);
      log(`  ${name}: ${(size.gzip / 1000).toFixed(1)} kB min+gzip`);
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
        : `\`${cdn.slice(root.length + 1)}\`, the single-file build`,
  };
}
