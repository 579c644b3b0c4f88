#!/usr/bin/env node
// `npm test`: everything a fresh machine (Node 20 + npm) needs to prove the repository works.
// Installs, makes sure Chromium is there, then runs every stage in order and ends with one line:
// "N passed, N failed". Stages keep running after a failure so one run shows every problem.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bold,
  dim,
  ensureChromium,
  green,
  installDependencies,
  red,
  resolvePnpm,
  root,
  run,
} from './lib/run.mjs';

const pnpm = resolvePnpm();
await installDependencies(pnpm);
await ensureChromium();

const resultsDir = join(root, '.vitest-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const exec = (...args) => [pnpm.command, [...pnpm.prefix, 'exec', ...args]];

/** A stage that passes or fails as a whole. */
const check = (name, [command, args]) => ({ name, kind: 'check', command, args });
/** A Vitest stage: each test counts. */
const vitest = (name, project) => {
  const output = join(resultsDir, `${name.replace(/\W+/g, '-')}.json`);
  const [command, args] = exec(
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  );
  return { name, kind: 'vitest', command, args, output };
};
/** A stage that reports its own counts in a JSON file ({ passed, failed }). */
const counted = (name, [command, args], output) => ({ name, kind: 'counted', command, args, output });

const packageResults = join(resultsDir, 'packages.json');
const stages = [
  check('format', exec('prettier', '--check', '.')),
  check('lint', exec('eslint', '--max-warnings', '0', '.')),
  check('layers', exec('depcruise', 'packages', 'examples', '--config', '.dependency-cruiser.cjs')),
  check('typecheck', exec('tsc', '-p', 'tsconfig.json')),
  check('typecheck (vue)', [
    pnpm.command,
    [...pnpm.prefix, '--filter', '@dvc-kit/example-vue', 'run', 'typecheck'],
  ]),
  vitest('unit (node)', 'node:*'),
  vitest('browser (chromium)', 'browser:*'),
  vitest('stories (storybook + axe)', 'storybook'),
  // The static Storybook and the docs pages, built once, every internal link checked (outside the
  // repository, so that lint and format never read the built files).
  check('docs site (storybook build + links)', [
    'node',
    ['scripts/docs-build.mjs', '--out', join(tmpdir(), 'dvc-kit-docs-site')],
  ]),
  counted(
    'packages (contents, publint, attw)',
    ['node', ['scripts/check-packages.mjs', packageResults]],
    packageResults,
  ),
];

function countVitest(file) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    // Suites that failed to load count as failures too.
    const brokenSuites = report.testResults.filter(
      (s) => s.status === 'failed' && s.assertionResults.length === 0,
    );
    return {
      passed: report.numPassedTests,
      failed: report.numFailedTests + brokenSuites.length,
      skipped: report.numPendingTests + report.numTodoTests,
    };
  } catch {
    return undefined;
  }
}

function countFile(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

const summary = [];
for (const stage of stages) {
  console.log(bold(`\n▶ ${stage.name}`) + dim(`  (${[stage.command, ...stage.args].join(' ')})`));
  const started = performance.now();
  const code = await run(stage.command, stage.args);
  const seconds = (performance.now() - started) / 1000;
  let counts =
    stage.kind === 'vitest'
      ? countVitest(stage.output)
      : stage.kind === 'counted'
        ? countFile(stage.output)
        : undefined;
  if (counts === undefined) counts = code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  // A runner that exits non-zero without reporting a failure still failed.
  if (code !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
  summary.push({ name: stage.name, ok: code === 0, seconds, ...counts });
}

console.log(bold('\nSummary'));
for (const s of summary) {
  const status = s.ok ? green('ok  ') : red('FAIL');
  const skipped = s.skipped ? `, ${s.skipped} skipped` : '';
  console.log(
    `  ${status} ${s.name.padEnd(28)} ${String(s.passed).padStart(5)} passed, ${s.failed} failed${skipped}  ${dim(`${s.seconds.toFixed(1)} s`)}`,
  );
}
const passed = summary.reduce((n, s) => n + s.passed, 0);
const failed = summary.reduce((n, s) => n + s.failed, 0);
const skipped = summary.reduce((n, s) => n + (s.skipped ?? 0), 0);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && summary.every((s) => s.ok) ? 0 : 1);
