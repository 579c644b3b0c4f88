/**
 * Ajv as the benchmark runs it: 2020-12 dialect, every error collected, ajv-formats for the
 * standard formats, and the package's own `vn-*` checks registered as formats, so both validators
 * do the same identifier work.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { vnFormats } from '@dvc-kit/validation';

// ajv-formats is CommonJS: under Node ESM its default import may be the module object.
type AddFormats = (ajv: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ??
  addFormatsModule) as unknown as AddFormats;

/**
 * A fresh Ajv instance with the standard and `vn-*` formats, ready to compile the fixture. With
 * `stubFormats`, every format in `stubFormats` accepts anything (to measure the engine alone).
 */
export function createAjv(stubFormats: readonly string[] = []): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const [name, check] of Object.entries(vnFormats)) {
    ajv.addFormat(name, (s: string) => check(s, {}).ok);
  }
  for (const name of stubFormats) ajv.addFormat(name, () => true);
  return ajv;
}
