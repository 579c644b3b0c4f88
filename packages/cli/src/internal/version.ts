/** The package version, inlined at build time from package.json. */
import packageJson from '../../package.json' with { type: 'json' };

/** The version `dvc --version` prints. */
export const VERSION: string = packageJson.version;
