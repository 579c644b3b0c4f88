// The docs site's page frame: a header with the site's sections, the page, and its stylesheet.
import { relativeTo } from './site.mjs';

/** The stylesheet of every page (written to assets/site.css). */
export const SITE_CSS = `:root { color-scheme: light; --red: #b4161b; --ink: #1b1b1b; --muted: #595959; --line: #d8d8d8; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.6 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: var(--ink); }
header { background: var(--red); color: #fff; padding: 0.75rem 1.5rem; display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: baseline; }
header a { color: #fff; }
header .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; }
nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
.layout { display: grid; grid-template-columns: minmax(0, 15rem) minmax(0, 1fr); gap: 2rem; max-width: 78rem; margin: 0 auto; padding: 1.5rem; }
aside ul { list-style: none; padding: 0; margin: 0 0 1rem; }
aside h2 { font-size: 0.85rem; text-transform: uppercase; color: var(--muted); margin: 1rem 0 0.25rem; }
aside a[aria-current='page'] { font-weight: 700; }
main { min-width: 0; }
a { color: #8a0f13; }
a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
pre { background: #f5f5f5; padding: 0.75rem 1rem; overflow-x: auto; border-radius: 4px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
img { max-width: 100%; height: auto; border: 1px solid var(--line); }
@media (max-width: 48rem) { .layout { grid-template-columns: 1fr; } aside { order: 2; } }
`;

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * One page of the site.
 * @param page the rendered page (path, title, body)
 * @param sections the side menu: [heading, [{ path, title }]]
 */
export function layout(page, sections) {
  const to = (path) => relativeTo(page.path, path);
  const item = ({ path, title }) =>
    `<li><a href="${to(path)}"${path === page.path ? ' aria-current="page"' : ''}>${escape(title)}</a></li>`;
  const menu = sections
    .map(([heading, items]) => `<h2>${escape(heading)}</h2><ul>${items.map(item).join('')}</ul>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title)} · dvc-kit</title>
<link rel="stylesheet" href="${to('assets/site.css')}">
</head>
<body>
<header>
<a class="brand" href="${to('index.html')}">dvc-kit</a>
<nav aria-label="Site"><ul>
<li><a href="${to('index.html')}">Overview</a></li>
<li><a href="${to('docs/forms.html')}">Forms</a></li>
<li><a href="${to('storybook/index.html')}">Storybook</a></li>
<li><a href="${to('CONTRIBUTING.html')}">Contributing</a></li>
</ul></nav>
</header>
<div class="layout">
<aside aria-label="Pages">
${menu}
</aside>
<main>
${page.body}
</main>
</div>
</body>
</html>
`;
}
