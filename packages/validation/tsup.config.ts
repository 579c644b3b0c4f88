import { packageConfig } from '../../tsup.shared.js';

export default packageConfig({
  entry: {
    index: 'src/index.ts',
    csp: 'src/csp.ts',
    files: 'src/files.ts',
    lists: 'src/lists.ts',
    node: 'src/node.ts',
    runtime: 'src/runtime.ts',
  },
});
