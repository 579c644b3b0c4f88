import { packageConfig } from '../../tsup.shared.js';

export default packageConfig({
  entry: { index: 'src/index.ts', node: 'src/node.ts' },
  // src/node.ts finds openapi/ from import.meta.url, which the CJS build needs shimmed.
  shims: true,
});
