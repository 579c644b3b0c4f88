import { packageConfig } from '../../tsup.shared.js';

export default packageConfig({
  entry: { index: 'src/index.ts', legacy: 'src/legacy.ts' },
  // The data is Vietnamese text: keep it as UTF-8 instead of \u escapes (a quarter smaller before gzip).
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
});
