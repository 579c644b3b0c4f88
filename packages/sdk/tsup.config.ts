import { packageConfig } from '../../tsup.shared.js';

export default packageConfig({
  entry: {
    index: 'src/index.ts',
    server: 'src/server/index.ts',
    testing: 'src/testing/index.ts',
    'legacy-sync': 'src/legacy-sync/index.ts',
  },
  // The testing kit starts the sandbox its users install; it is never bundled in.
  external: ['@dvc-kit/sandbox'],
});
