/**
 * The contract itself: `redocly lint` passes with the package's rules (so `npm test` lints the
 * document), and every schema in it compiles with the validation core, which the sandbox's server
 * and its conformance checks rely on.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSchema } from '@dvc-kit/validation';
import { describe, expect, it } from 'vitest';
import { contractPath, readContract } from '@dvc-kit/contract/node';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const contract = readContract();

describe('the OpenAPI document', () => {
  it('passes redocly lint', () => {
    // @redocly/cli is a devDependency of the repository root.
    const requireFromRoot = createRequire(join(packageDir, '..', '..', 'package.json'));
    const cli = join(dirname(requireFromRoot.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
    const run = spawnSync(
      process.execPath,
      [cli, 'lint', '--config', join(packageDir, 'redocly.yaml'), '--format', 'stylish', contractPath],
      {
        encoding: 'utf8',
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        timeout: 60_000,
      },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  }, 60_000);

  it('is OpenAPI 3.1 with every path under /v1', () => {
    expect(contract['openapi']).toMatch(/^3\.1\./);
    for (const path of Object.keys(contract.paths)) expect(path).toMatch(/^\/v1\//);
  });

  it('has schemas the validation core compiles', () => {
    const uri = 'https://contract.test/all.yaml';
    for (const name of Object.keys(contract.components.schemas)) {
      expect(() =>
        compileSchema(
          { $ref: `${uri}#/components/schemas/${name}` },
          { remotes: { [uri]: contract }, unknownKeywords: 'ignore' },
        ),
      ).not.toThrow();
    }
  });
});
