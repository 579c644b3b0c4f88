// The docs site's pages: the repository's Markdown (README, CONTRIBUTING, docs/, decisions, the
// packages' and examples' READMEs) rendered with markdown-it, every relative link rewritten to the
// site (a .md page to its .html, a folder to its index, any other repository file to GitHub) and
// checked: a link to a missing file or to a heading that does not exist fails the build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import MarkdownIt from 'markdown-it';

/** Where the repository's other files are shown (its package.json `repository`). */
export const REPOSITORY_URL = 'https://github.com/dvc-kit/dvc-kit/blob/main/';

/** Extensions of the files a page may show (copied into the site beside the page). */
const ASSET = /\.(png|webp|jpe?g|gif|svg)$/i;

/** The Markdown sources of the site, as repository paths (posix). */
export function sourcePages(root) {
  const list = (dir, filter) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter(filter)
          .sort()
          .map((name) => posix.join(dir, name))
      : [];
  const readmes = (dir) =>
    list(dir, (name) => existsSync(join(root, dir, name, 'README.md'))).map((d) => `${d}/README.md`);
  return [
    'README.md',
    'CONTRIBUTING.md',
    ...list('docs', (name) => name.endsWith('.md')),
    ...list('docs/decisions', (name) => name.endsWith('.md')),
    ...readmes('packages'),
    ...readmes('examples'),
  ].filter((path) => existsSync(join(root, path)));
}

/** The site path of a Markdown source: `README.md` is its folder's `index.html`. */
export function sitePath(source) {
  return source.endsWith('README.md')
    ? source.replace(/README\.md$/, 'index.html')
    : source.replace(/\.md$/, '.html');
}

/** GitHub's heading ids: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
export function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false });

/** Whether a link leaves the site (a scheme, `//host`) or is only an anchor on the same page. */
const isExternal = (href) => /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith('//');

/**
 * Renders one source page.
 * @param root the repository
 * @param source its repository path
 * @param pages the site paths of every page (a folder link goes to its index when there is one)
 * @param text the Markdown (read from `source` unless given, for generated pages)
 * @returns the page's title, HTML body, heading ids, the links it makes (to check) and assets to copy
 */
export function renderPage(root, source, pages, text = readFileSync(join(root, source), 'utf8')) {
  const tokens = markdown.parse(text, {});
  const slug = slugger();
  const ids = new Set();
  const links = [];
  const assets = new Set();
  const from = sitePath(source);
  let title;

  const rewrite = (href) => {
    if (href === '' || isExternal(href)) return href;
    const [rawPath, anchor] = href.split('#', 2);
    if (rawPath === '') {
      links.push({ source, href, page: from, anchor });
      return href;
    }
    const target = posix.normalize(posix.join(posix.dirname(source), decodeURI(rawPath)));
    const suffix = anchor === undefined ? '' : `#${anchor}`;
    const exists = !target.startsWith('..') && existsSync(join(root, target));
    if (!exists) {
      links.push({ source, href, missing: target });
      return href;
    }
    let page;
    if (target.endsWith('.md') && pages.has(sitePath(target))) page = sitePath(target);
    else if (statSync(join(root, target)).isDirectory() && pages.has(posix.join(target, 'index.html')))
      page = posix.join(target, 'index.html');
    if (page !== undefined) {
      links.push({ source, href, page, anchor });
      return posix.relative(posix.dirname(from), page) + suffix;
    }
    if (ASSET.test(target)) {
      assets.add(target);
      return posix.relative(posix.dirname(from), target);
    }
    if (anchor !== undefined && target.endsWith('.md'))
      links.push({ source, href, missing: `${target} (not a page of the site)` });
    return REPOSITORY_URL + (statSync(join(root, target)).isDirectory() ? `${target}/` : target) + suffix;
  };

  const walk = (list) => {
    for (const [index, token] of list.entries()) {
      if (token.type === 'heading_open') {
        const inline = list[index + 1];
        const heading = inline.children.map((child) => child.content).join('');
        const id = slug(heading);
        token.attrSet('id', id);
        ids.add(id);
        if (token.tag === 'h1' && title === undefined) title = heading;
      }
      if (token.type === 'link_open') token.attrSet('href', rewrite(token.attrGet('href') ?? ''));
      if (token.type === 'image') token.attrSet('src', rewrite(token.attrGet('src') ?? ''));
      if (token.children) walk(token.children);
    }
  };
  walk(tokens);
  return {
    source,
    path: from,
    title: title ?? source,
    body: markdown.renderer.render(tokens, markdown.options, {}),
    ids,
    links,
    assets,
  };
}

/**
 * The problems of a rendered site: links to files that do not exist, to headings a page does not
 * have, or to site files (such as the Storybook) that were not written.
 * @param rendered every page from renderPage
 * @param siteFiles whether a site path was written (for links to generated files)
 */
export function brokenLinks(rendered, siteFiles = () => true) {
  const byPath = new Map(rendered.map((page) => [page.path, page]));
  const problems = [];
  for (const page of rendered) {
    for (const link of page.links) {
      if (link.missing !== undefined)
        problems.push(`${link.source}: ${link.href} → ${link.missing} does not exist`);
      else if (link.page !== undefined) {
        const target = byPath.get(link.page);
        if (target === undefined && !siteFiles(link.page))
          problems.push(`${link.source}: ${link.href} → ${link.page} is not in the site`);
        else if (
          link.anchor !== undefined &&
          target !== undefined &&
          !target.ids.has(decodeURIComponent(link.anchor))
        )
          problems.push(`${link.source}: ${link.href} → no heading #${link.anchor} in ${target.source}`);
      }
    }
  }
  return problems;
}

/**
 * The links of the Storybook's MDX pages (`?path=/docs/<id>`, `?path=/story/<id>`) to entries the built
 * Storybook does not have.
 * @param root the repository
 * @param entries the ids of the built Storybook's index.json
 */
export function storybookLinkProblems(root, entries) {
  const dir = 'docs/storybook';
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) =>
      [...readFileSync(join(root, dir, name), 'utf8').matchAll(/\?path=\/(?:docs|story)\/([\w-]+)/g)]
        .filter(([, id]) => !entries.has(id))
        .map(([link]) => `${dir}/${name}: ${link} is not in the Storybook`),
    );
}

/** The site path relative to another, for links in the layout. */
export function relativeTo(fromPath, toPath) {
  return (
    relative(dirname(`/${fromPath}`), `/${toPath}`)
      .split('\\')
      .join('/') || toPath
  );
}
