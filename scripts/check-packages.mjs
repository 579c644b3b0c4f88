#!/usr/bin/env node
// Package checks: build every publishable package, pack it as npm would, check what the tarball
// holds (scripts/lib/pack-contents.mjs), and run publint and @arethetypeswrong/cli on it.
// Writes { passed, failed } to the file named by argv[2].
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packProblems } from './lib/pack-contents.mjs';
import { bold, capture, red, resolvePnpm, root, run } from './lib/run.mjs';

const pnpm = resolvePnpm();
const packDir = join(root, '.pack');
rmSync(packDir, { recursive: true, force: true });
mkdirSync(packDir);

const packages = readdirSync(join(root, 'packages'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => join(root, 'packages', entry.name))
  .filter((dir) => {
    try {
      return !JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).private;
    } catch {
      return false;
    }
  });

let passed = 0;
let failed = 0;
const record = (ok, what) => {
  if (ok) passed++;
  else {
    failed++;
    console.error(red(`✗ ${what}`));
  }
};

console.log(bold(`Building ${packages.length} packages`));
const built = await run(pnpm.command, [...pnpm.prefix, '-r', '--filter', './packages/*', 'run', 'build']);
record(built === 0, 'build');

if (built === 0) {
  for (const dir of packages) {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const name = manifest.name;
    const packed = capture(pnpm.command, [...pnpm.prefix, 'pack', '--pack-destination', packDir], {
      cwd: dir,
    });
    const tarball = packed.stdout.trim().split('\n').pop();
    if (packed.status !== 0 || !tarball?.endsWith('.tgz')) {
      record(false, `${name}: pnpm pack failed\n${packed.stderr}`);
      continue;
    }
    console.log(bold(`\n${name}`) + `  ${tarball.replace(`${root}/`, '')}`);
    const { files, problems } = packProblems(tarball, dir);
    console.log(`${files.length} files packed`);
    record(problems.length === 0, `${name}: pack contents\n  ${problems.join('\n  ')}`);
    const exec = (...args) => run(pnpm.command, [...pnpm.prefix, 'exec', ...args]);
    record((await exec('publint', 'run', tarball, '--strict')) === 0, `${name}: publint`);
    // attw checks module entry points; exports of data files (such as an OpenAPI YAML) are not
    // modules; a single-file build for <script type="module"> (`dist/cdn/`) is an ES module for
    // browsers, which CommonJS can only `import()` by nature (publint still checks it); and type-only
    // entries (`{ "types": ... }`, e.g. @dvc-kit/forms/react) load nothing at run time: attw's "a
    // require() resolves to ESM" does not apply, and a CommonJS copy would augment Vue's CommonJS
    // types instead of the ESM ones a Vite project reads (decision 0017).
    const dataEntries = Object.entries(manifest.exports ?? {})
      .filter(
        ([, target]) =>
          (typeof target === 'string' && /\.(ya?ml|md|txt)$/.test(target)) ||
          (typeof target?.default === 'string' && target.default.startsWith('./dist/cdn/')) ||
          (typeof target === 'object' && Object.keys(target).join() === 'types'),
      )
      .map(([entry]) => entry);
    const exclude = dataEntries.length > 0 ? ['--exclude-entrypoints', ...dataEntries] : [];
    const attw = ['attw', tarball, '--profile', 'node16', '--format', 'table-flipped', ...exclude];
    record((await exec(...attw)) === 0, `${name}: attw`);
  }
}

if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify({ passed, failed }));
console.log(`\npackage checks: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
