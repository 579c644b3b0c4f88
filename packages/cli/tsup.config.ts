import { packageConfig } from '../../tsup.shared.js';

export default [
  // The library entry, for import and require, with declarations.
  packageConfig({ entry: { index: 'src/index.ts' }, platform: 'node' }),
  // The bin's module awaits its command at the top level (bin/dvc.mjs explains why): ESM only, no
  // types, and it must not clean the folder the library entry writes.
  packageConfig({ entry: { cli: 'src/cli.ts' }, format: ['esm'], platform: 'node', dts: false, clean: false }),
];
