/**
 * `pnpm bench`: the client's overhead per request against a local sandbox, compared with bare
 * `fetch` doing the same request, and rewrites the sdk's section of docs/benchmarks.md (between
 * `<!-- sdk:begin -->` and `<!-- sdk:end -->`). Built with esbuild (see the `bench` script), never
 * part of `npm test`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createSandbox } from '@dvc-kit/sandbox';
import { createClient } from '@dvc-kit/sdk';
import { paired, type Paired } from './measure.js';
import { renderSection, replaceSection } from './report.js';

function repositoryRoot(from: string): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('Run the benchmark inside the dvc-kit repository');
    dir = up;
  }
  return dir;
}

const root = repositoryRoot(process.cwd());
const log = (line: string): void => void process.stdout.write(`${line}\n`);
const sandbox = await createSandbox({ port: 0, inMemory: true, lifecycle: { auto: false } });
const api = `${sandbox.url}/v1`;
const token = 'sandbox-citizen-an';
// No cache, no retries needed: every call is a real request, like the bare fetch beside it.
const client = createClient({ baseUrl: api, auth: token, cache: { ttl: 0 } });
const draft = await client.dossiers.create({ procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' });
const bare = async (path: string): Promise<unknown> => {
  const response = await fetch(`${api}${path}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'accept-language': 'vi' },
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
};

const scenarios: { name: string; fetch: () => Promise<unknown>; client: () => Promise<unknown> }[] = [
  {
    name: 'GET a province (small JSON)',
    fetch: () => bare('/admin-units/provinces/01'),
    client: () => client.adminUnits.province('01'),
  },
  {
    name: 'GET a dossier (authenticated)',
    fetch: () => bare(`/dossiers/${draft.id}`),
    client: () => client.dossiers.retrieve(draft.id),
  },
  {
    name: 'GET a page of 20 communes (list)',
    fetch: () => bare('/admin-units/provinces/01/communes?limit=20'),
    client: () => client.adminUnits.communes('01', { limit: 20 }).then((page) => page.data),
  },
];

const results: { name: string; result: Paired }[] = [];
for (const scenario of scenarios) {
  log(scenario.name);
  results.push({ name: scenario.name, result: await paired(scenario.fetch, scenario.client) });
}
await sandbox.close();

const cpuList = cpus();
const section = renderSection(results, {
  cpu: cpuList[0]?.model ?? 'unknown',
  cores: cpuList.length,
  node: process.version,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
});
const out = join(root, 'docs/benchmarks.md');
const page = existsSync(out) ? readFileSync(out, 'utf8') : '# Benchmarks\n';
// Formatted with the repository's prettier, so `prettier --check .` stays green after a run.
const prettier = await import('prettier');
const markdown = await prettier.format(replaceSection(page, 'sdk', section), {
  ...(await prettier.resolveConfig(out)),
  filepath: out,
});
writeFileSync(out, markdown);
log(section);
log(`Wrote the sdk section of ${out}`);
