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
import { cpuPaired, paired, type CpuPaired, type Paired } from './measure.js';
import { dossierRates, type Rate } from './rate.js';
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

// `DVC_BENCH_QUICK=1` (`pnpm bench --quick`): fewer pairs and shorter rounds.
const quick = process.env['DVC_BENCH_QUICK'] === '1';
const pairs = quick ? 200 : 1000;
const warmup = quick ? 50 : 200;
const cpuRounds = quick ? 5 : 15;
const cpuBatch = quick ? 50 : 200;
const results: { name: string; result: Paired; cpu: CpuPaired }[] = [];
for (const scenario of scenarios) {
  log(scenario.name);
  results.push({
    name: scenario.name,
    result: await paired(scenario.fetch, scenario.client, pairs, warmup),
    cpu: await cpuPaired(scenario.fetch, scenario.client, cpuRounds, cpuBatch),
  });
}

const dossier = { procedureCode: '1.001193', agencyId: 'SBX.UB.00070.T01' };
const bareCreate = async (): Promise<unknown> => {
  const response = await fetch(`${api}/dossiers`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/json',
      'accept-language': 'vi',
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID().replaceAll('-', ''),
    },
    body: JSON.stringify(dossier),
  });
  if (!response.ok) throw new Error(`POST /dossiers: ${response.status}`);
  return response.json();
};
const rates: { concurrency: number; fetch: Rate; client: Rate }[] = [];
for (const concurrency of [1, 8]) {
  log(`Dossiers per second, ${concurrency} at a time`);
  const r = await dossierRates(
    bareCreate,
    () => client.dossiers.create(dossier),
    concurrency,
    quick ? 3 : 5,
    quick ? 300 : 1000,
  );
  rates.push({ concurrency, ...r });
}
await sandbox.close();

// The client's own cost, without the sandbox's: a `fetch` that answers at once from memory, through
// the client and called bare the same way.
log('The client alone (a fetch answering from memory)');
const answer = JSON.stringify({ code: '01', name: 'Hà Nội', type: 'city' });
const memoryFetch = ((): Promise<Response> =>
  Promise.resolve(new Response(answer, { headers: { 'content-type': 'application/json' } }))) as typeof fetch;
const memoryClient = createClient({ baseUrl: api, auth: token, cache: { ttl: 0 }, fetch: memoryFetch });
const own = await cpuPaired(
  async () => {
    const response = await memoryFetch(`${api}/admin-units/provinces/01`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'accept-language': 'vi' },
    });
    return response.json();
  },
  () => memoryClient.adminUnits.province('01'),
  cpuRounds,
  quick ? 500 : 2000,
);

const cpuList = cpus();
const section = renderSection(results, rates, own, {
  warmup,
  cpuRounds,
  cpuBatch,
  rounds: quick ? 3 : 5,
  roundMs: quick ? 300 : 1000,
  cpu: cpuList[0]?.model ?? 'unknown',
  cores: cpuList.length,
  node: process.version,
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
});
// Under `pnpm bench` (packages/bench), DVC_BENCH_RESULTS names a folder: the section and the raw
// results go there as sdk.md and sdk.json, and packages/bench writes the page.
const resultsDir = process.env['DVC_BENCH_RESULTS'];
if (resultsDir !== undefined && resultsDir !== '') {
  writeFileSync(join(resultsDir, 'sdk.md'), section);
  writeFileSync(join(resultsDir, 'sdk.json'), `${JSON.stringify({ results, rates, own }, null, 2)}\n`);
  log(`Wrote sdk.md and sdk.json in ${resultsDir}`);
  process.exit(0);
}
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
