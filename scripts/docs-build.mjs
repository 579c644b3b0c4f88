#!/usr/bin/env node
// `pnpm docs:build`: the docs site, a folder any static host serves (site/ by default, or --out DIR):
// the static Storybook in storybook/ and the repository's Markdown pages rendered to HTML.
// Fails (exit 1) when the Storybook build fails or a page links to a file or heading that does not
// exist. `--storybook DIR` copies an existing static Storybook instead of building one.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { layout, SITE_CSS } from './docs/layout.mjs';
import { brokenLinks, renderPage, sitePath, sourcePages, storybookLinkProblems } from './docs/site.mjs';
import { buildStorybook } from './docs/storybook.mjs';
import { green, red, root } from './lib/run.mjs';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'site' }, storybook: { type: 'string' } },
});
const out = isAbsolute(values.out) ? values.out : join(root, values.out);
if (values.storybook !== undefined && `${resolve(values.storybook)}/`.startsWith(`${out}/`)) {
  console.error(red(`--storybook ${values.storybook} is inside --out ${values.out}, which is emptied first`));
  process.exit(1);
}
const started = performance.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// 1. The static Storybook (the designers' pages and every story).
const storybookDir = join(out, 'storybook');
if (values.storybook !== undefined) {
  cpSync(values.storybook, storybookDir, { recursive: true });
} else if (!(await buildStorybook(storybookDir))) {
  process.exit(1);
}
const storybookSeconds = (performance.now() - started) / 1000;

// 2. The Markdown pages, with a generated index of the decisions.
const sources = sourcePages(root);
const decisions = sources.filter((s) => s.startsWith('docs/decisions/'));
const decisionsIndex = 'docs/decisions/README.md';
const pages = new Set([...sources, decisionsIndex].map(sitePath));
const rendered = sources.map((source) => renderPage(root, source, pages));
const titleOf = new Map(rendered.map((page) => [page.source, page.title]));
const indexText = `# Decisions\n\nWhy the tooling, the engines and the entries are what they are.\n\n${decisions
  .map((d) => `- [${titleOf.get(d)}](${d.slice('docs/decisions/'.length)})`)
  .join('\n')}\n`;
rendered.push(renderPage(root, decisionsIndex, pages, indexText));

const entry = (page) => ({ path: page.path, title: page.title.replace(/`/g, '') });
const pick = (test) => rendered.filter((page) => test(page.source)).map(entry);
const sections = [
  [
    'dvc-kit',
    [
      ...pick((s) => s === 'README.md' || s === 'CONTRIBUTING.md'),
      { path: 'storybook/index.html', title: 'Storybook' },
    ],
  ],
  ['Guides', pick((s) => /^docs\/[^/]+\.md$/.test(s))],
  ['Packages', pick((s) => s.startsWith('packages/'))],
  ['Examples', pick((s) => s.startsWith('examples/'))],
  ['Decisions', pick((s) => s === decisionsIndex)],
];

mkdirSync(join(out, 'assets'), { recursive: true });
writeFileSync(join(out, 'assets', 'site.css'), SITE_CSS);
for (const page of rendered) {
  const file = join(out, page.path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, layout(page, sections));
  for (const asset of page.assets) {
    mkdirSync(dirname(join(out, asset)), { recursive: true });
    cpSync(join(root, asset), join(out, asset));
  }
}

// 3. Every link resolves: the pages' links and headings, and the frame's own links.
const problems = brokenLinks(rendered, (path) => existsSync(join(out, path)));
for (const path of [
  'index.html',
  'docs/forms.html',
  'CONTRIBUTING.html',
  'storybook/index.html',
  'storybook/iframe.html',
])
  if (!existsSync(join(out, path))) problems.push(`the site has no ${path}`);
const storybookIndex = join(storybookDir, 'index.json');
if (existsSync(storybookIndex)) {
  const entries = new Set(Object.keys(JSON.parse(readFileSync(storybookIndex, 'utf8')).entries));
  problems.push(...storybookLinkProblems(root, entries));
} else problems.push('the Storybook has no index.json');
if (problems.length > 0) {
  console.error(red(`${problems.length} broken link(s):`));
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
const links = rendered.reduce((n, page) => n + page.links.length, 0);
const seconds = (performance.now() - started) / 1000;
console.log(
  green(
    `Docs site in ${out}: ${rendered.length} pages, ${links} internal links checked, Storybook (${readdirSync(storybookDir).length} entries) ` +
      `in ${storybookSeconds.toFixed(1)} s, ${seconds.toFixed(1)} s in all.`,
  ),
);
