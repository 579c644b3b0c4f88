/**
 * The single file fetches a widget loaded on demand together with the files it imports
 * (scripts/build-cdn.mjs, docs/decisions/0018-first-render.md, fifth round): the date field's
 * `display-date` and `live` are asked for while the date field's own file is still on its way, not
 * one round trip after it. Served by a local server to Debian's Chromium (Playwright), the date
 * field's response held back until its imports have been asked for (or a second has passed).
 */
import type { Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUnderCsp, type CspSite } from '../../../../test-utils/csp-page.js';
import { cdnFiles } from './cdn-files.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

const files: Record<string, string> = {
  '/index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>date</title>
<script type="module" src="/page.js"></script></head><body><main></main></body></html>`,
  '/page.js': `import './dvc-forms.js';
const form = document.createElement('dvc-form');
form.definition = { type: 'object', properties: { born: { type: 'string', format: 'date', title: 'Ngày sinh' } } };
document.querySelector('main').append(form);`,
};

let site: CspSite;

beforeAll(async () => {
  Object.assign(files, await cdnFiles());
  site = await serveUnderCsp(CSP, files);
}, 120_000);

afterAll(() => site.close());

/** The file names (without their hash) the page has asked for, as they are asked for. */
function requested(page: Page): Set<string> {
  const names = new Set<string>();
  page.on('request', (request) => {
    const name = /\/dvc-forms-([a-z-]+)-[\w-]+\.js$/.exec(request.url())?.[1];
    if (name !== undefined) names.add(name);
  });
  return names;
}

describe('the single file, a widget loaded on demand', () => {
  it('asks for the files the date field imports before the date field has arrived', async () => {
    const page = await site.browser.newPage();
    const names = requested(page);
    let before: string[] = [];
    await page.route(/\/dvc-forms-date-field-[\w-]+\.js$/, async (route) => {
      // Held until its imports are asked for: they are at once, or only once this file has arrived.
      for (let i = 0; i < 20 && !(names.has('display-date') && names.has('live')); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      before = ['display-date', 'live'].filter((name) => names.has(name));
      await route.continue();
    });
    await page.goto(`${site.origin}/`);
    await page.locator('dvc-form dvc-date-field input').first().waitFor();
    expect(before).toEqual(['display-date', 'live']);
    await page.close();
  }, 60_000);
});
