import { packageConfig } from '../../tsup.shared.js';

const entry = { index: 'src/index.ts', documents: 'src/documents.ts' };

export default packageConfig({
  entry,
  // `core` only for its types: those of the single-file build (`./cdn`, built by scripts/build-cdn.mjs).
  dts: { entry: { ...entry, core: 'src/core.ts' } },
});
