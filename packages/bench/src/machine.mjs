// @ts-check
/** The machine and the versions of every peer, for the report's header. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';

export function machine() {
  const list = cpus();
  const [l1 = 0, l5 = 0, l15 = 0] = loadavg();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    load: [l1, l5, l15].map((x) => Number(x.toFixed(2))),
    memoryGiB: Number((totalmem() / 2 ** 30).toFixed(1)),
    freeGiB: Number((freemem() / 2 ** 30).toFixed(1)),
    os: `${type()} ${release()}`,
    node: process.version,
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  };
}

/** Where each peer's version is read: a package folder whose node_modules holds it. */
const PEERS = {
  'packages/bench': [
    'playwright',
    'esbuild',
    'react',
    'react-dom',
    '@rjsf/core',
    '@rjsf/utils',
    '@rjsf/validator-ajv8',
    '@jsonforms/core',
    '@jsonforms/react',
    '@jsonforms/vanilla-renderers',
    'survey-core',
    'survey-react-ui',
    '@formio/js',
    'ky',
    'openapi-fetch',
    'stripe',
    'openai',
  ],
  'packages/validation': ['ajv', 'ajv-formats', 'zod', 'tinybench'],
  'packages/forms': ['lit'],
};

/** @param {string} root @returns {Record<string, string>} */
export function versions(root) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const [dir, names] of Object.entries(PEERS))
    for (const name of names) {
      const file = join(root, dir, 'node_modules', name, 'package.json');
      if (existsSync(file))
        out[name] = /** @type {{ version: string }} */ (JSON.parse(readFileSync(file, 'utf8'))).version;
    }
  const chromium = spawnSync(process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
  });
  if (chromium.status === 0) out['Chromium'] = chromium.stdout.trim().replace(/^Chromium\s*/, '');
  return out;
}
