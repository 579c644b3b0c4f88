import { packageConfig } from '../../tsup.shared.js';

export default packageConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  platform: 'node',
  // Declarations only for the library entry; the bin has no types.
  dts: { entry: { index: 'src/index.ts' } },
});
