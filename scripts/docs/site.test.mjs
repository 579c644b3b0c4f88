// The docs site's pages: links rewritten to the site and checked, on a small repository written here
// and on this repository's own Markdown.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  brokenLinks,
  renderPage,
  REPOSITORY_URL,
  sitePath,
  slugger,
  sourcePages,
  storybookLinkProblems,
} from './site.mjs';

let repo;

function write(path, text) {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

function renderAll() {
  const sources = sourcePages(repo);
  const pages = new Set(sources.map(sitePath));
  return sources.map((source) => renderPage(repo, source, pages));
}

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'dvc-docs-test-'));
  write(
    'README.md',
    '# Kit\n\nSee [forms](docs/forms.md#kiểm-tra-thông-tin-trước-khi-nộp) and [sdk](packages/sdk).\n',
  );
  write(
    'docs/forms.md',
    '# Forms\n\n## Kiểm tra thông tin trước khi nộp\n\n![Review](images/review.webp)\n\n[tokens](../packages/forms/src/tokens.ts)\n',
  );
  write('docs/images/review.webp', 'RIFF');
  write('packages/sdk/README.md', '# sdk\n\n[Back](../../README.md#kit)\n');
  write('packages/forms/src/tokens.ts', 'export {};\n');
});

afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe('the docs pages', () => {
  it('rewrites links to pages, folders, pictures and other files, and finds none broken', () => {
    const rendered = renderAll();
    const byPath = Object.fromEntries(rendered.map((page) => [page.path, page]));
    expect(Object.keys(byPath).sort()).toEqual(['docs/forms.html', 'index.html', 'packages/sdk/index.html']);
    expect(byPath['index.html'].body).toContain(
      `href="docs/forms.html#${encodeURI('kiểm-tra-thông-tin-trước-khi-nộp')}"`,
    );
    expect(byPath['index.html'].body).toContain('href="packages/sdk/index.html"');
    expect(byPath['docs/forms.html'].body).toContain('id="kiểm-tra-thông-tin-trước-khi-nộp"');
    expect(byPath['docs/forms.html'].body).toContain('src="images/review.webp"');
    expect([...byPath['docs/forms.html'].assets]).toEqual(['docs/images/review.webp']);
    expect(byPath['docs/forms.html'].body).toContain(`href="${REPOSITORY_URL}packages/forms/src/tokens.ts"`);
    expect(byPath['packages/sdk/index.html'].body).toContain('href="../../index.html#kit"');
    expect(brokenLinks(rendered)).toEqual([]);
  });

  it('reports a link to a missing file, a missing heading and a missing picture', () => {
    write(
      'docs/broken.md',
      '# Broken\n\n[gone](gone.md) [anchor](forms.md#no-such-heading) ![x](images/none.png) [self](#broken)\n',
    );
    try {
      expect(brokenLinks(renderAll())).toEqual([
        'docs/broken.md: gone.md → docs/gone.md does not exist',
        'docs/broken.md: forms.md#no-such-heading → no heading #no-such-heading in docs/forms.md',
        'docs/broken.md: images/none.png → docs/images/none.png does not exist',
      ]);
    } finally {
      rmSync(join(repo, 'docs/broken.md'));
    }
  });

  it('makes heading ids as GitHub does, numbering repeats', () => {
    const slug = slugger();
    expect(slug('Check your answers')).toBe('check-your-answers');
    expect(slug('`<dvc-form>` in plain HTML')).toBe('dvc-form-in-plain-html');
    expect(slug('Retries, timeouts, cancellation')).toBe('retries-timeouts-cancellation');
    expect(slug('Check your answers')).toBe('check-your-answers-1');
  });

  it("reports a Storybook page's link to an entry the built Storybook does not have", () => {
    write(
      'docs/storybook/steps.mdx',
      '[steps](?path=/story/form--step-1) [gone](?path=/docs/patterns-gone--docs)\n',
    );
    const entries = new Set(['form--step-1']);
    expect(storybookLinkProblems(repo, entries)).toEqual([
      'docs/storybook/steps.mdx: ?path=/docs/patterns-gone--docs is not in the Storybook',
    ]);
    expect(storybookLinkProblems(repo, new Set([...entries, 'patterns-gone--docs']))).toEqual([]);
  });

  it("has no broken link in this repository's Markdown", () => {
    const root = join(import.meta.dirname, '../..');
    const sources = sourcePages(root);
    const pages = new Set(sources.map(sitePath));
    expect(sources).toContain('docs/forms.md');
    expect(brokenLinks(sources.map((source) => renderPage(root, source, pages)))).toEqual([]);
  }, 30_000);
});
