// What a packed package must and must not hold: read from the tarball `pnpm pack` made, so it is
// exactly what `pnpm publish` would upload.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Files of tests and stories, and folders of them: never published. */
const TEST_FILE = /\.(test|spec|stories|test-d)\.[cm]?[jt]sx?$|(^|\/)(test|tests|__tests__|fixtures)\//;

/** The files a subpath export points at (the repository's `@dvc-kit/source` condition aside). */
function exportTargets(exportsField) {
  const targets = [];
  const visit = (value, condition) => {
    if (condition === '@dvc-kit/source') return;
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, key);
    }
  };
  visit(exportsField ?? {}, undefined);
  return targets;
}

/** A glob of the exports map (`themes/*.css`) as a regular expression. */
const globPattern = (target) =>
  new RegExp(
    `^${target
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );

/**
 * The problems of the tarball `tarball` packed from `dir` (empty when none): README.md with its
 * install line, LICENSE, the CHANGELOG.md `changeset version` wrote (once there is one), dist/, every
 * file the exports map and `types` name, no test or story, no `workspace:` range left.
 */
export function packProblems(tarball, dir) {
  const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.startsWith('package/') && !line.endsWith('/'))
    .map((line) => line.slice('package/'.length));
  const files = new Set(listed);
  const read = (file) => execFileSync('tar', ['-xOzf', tarball, `package/${file}`], { encoding: 'utf8' });
  const manifest = JSON.parse(read('package.json'));
  const problems = [];

  const changelog = existsSync(join(dir, 'CHANGELOG.md')) ? ['CHANGELOG.md'] : [];
  for (const required of ['README.md', 'LICENSE', ...changelog]) {
    if (!files.has(required)) problems.push(`${required} is missing`);
  }
  if (files.has('README.md')) {
    const install = new RegExp(
      `(npm install|npm i|pnpm add|yarn add)( -D)? ${manifest.name.replace('/', '\\/')}\\b`,
    );
    if (!install.test(read('README.md'))) problems.push(`README.md has no install line for ${manifest.name}`);
  }
  if (!listed.some((file) => file.startsWith('dist/'))) problems.push('dist/ is missing (not built?)');
  const named = [
    ...exportTargets(manifest.exports),
    ...[manifest.types, manifest.main, manifest.module, manifest.customElements],
  ];
  for (const target of named.filter(Boolean).map((t) => t.replace(/^\.\//, ''))) {
    const present = target.includes('*')
      ? listed.some((f) => globPattern(target).test(f))
      : files.has(target);
    if (!present) problems.push(`${target} (named in package.json) is not in the tarball`);
  }
  for (const file of listed.filter((f) => TEST_FILE.test(f)))
    problems.push(`${file}: a test or story is packed`);
  for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
    for (const [dep, range] of Object.entries(manifest[field] ?? {})) {
      if (String(range).startsWith('workspace:')) problems.push(`${field}.${dep} is still ${range}`);
    }
  }
  return { files: listed, problems };
}
