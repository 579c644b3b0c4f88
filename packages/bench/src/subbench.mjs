// @ts-check
/**
 * The benches that live with their packages (packages/validation/bench, packages/sdk/bench), run
 * from here. The interface: `DVC_BENCH_RESULTS=<folder>` in the environment; the sub-bench then
 * writes `<part>.md` (its section, starting with a `##` heading; any targets table marks each row
 * `**PASS**` or `**MISS**`) and `<part>.json` (its raw results) there, and leaves docs/ alone.
 * `DVC_BENCH_QUICK=1` asks for a short run (fewer samples), which a sub-bench may ignore.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} root @param {'validation' | 'sdk'} part @param {string} dir
 * @param {(s: string) => void} log @param {boolean} quick
 * @returns {Promise<{ markdown: string, raw: any }>}
 */
export async function runSubBench(root, part, dir, log, quick) {
  const pkg = `@dvc-kit/${part}`;
  log(`  corepack pnpm --filter ${pkg} run bench (DVC_BENCH_RESULTS=${dir})`);
  const status = await new Promise((resolve) => {
    const child = spawn('corepack', ['pnpm', '--filter', pkg, 'run', 'bench'], {
      cwd: root,
      env: { ...process.env, DVC_BENCH_RESULTS: dir, DVC_BENCH_QUICK: quick ? '1' : '' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
  const md = join(dir, `${part}.md`);
  if (status !== 0 || !existsSync(md)) throw new Error(`${pkg} bench failed (exit ${status})`);
  const json = join(dir, `${part}.json`);
  return {
    markdown: readFileSync(md, 'utf8'),
    raw: existsSync(json) ? JSON.parse(readFileSync(json, 'utf8')) : {},
  };
}
