/**
 * The forms under a strict Content-Security-Policy: a page served with
 * `default-src 'self'; script-src 'self'; style-src 'self'` loads the single-file build (`dist/cdn`,
 * its files loaded on demand too), renders
 * a reference procedure, shows errors (in English too, from the catalogs loaded on demand), takes
 * typing and submits, and Chromium reports no violation.
 * (A Vitest browser test cannot set response headers, so this one serves the page itself and drives
 * Debian's Chromium with Playwright.)
 */
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LISTEN_FOR_VIOLATIONS,
  serveUnderCsp,
  waitForControlViolation,
  type CspSite,
} from '../../../../test-utils/csp-page.js';
import { cdnFiles } from './cdn-files.js';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const procedures = new URL('../../../procedures/', import.meta.url);

const files: Record<string, string> = {
  '/index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title>
<script src="/listen.js"></script><script type="module" src="/page.js"></script></head>
<body><main><h1>Khai tử</h1></main></body></html>`,
  // The control: an inline style the policy refuses, so the listener is shown to hear violations.
  '/control.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title>
<script src="/listen.js"></script></head><body><p style="color: red">inline</p></body></html>`,
  // A widget alone, in English: its message comes from the English file, loaded on demand.
  '/widget.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>widget</title>
<script src="/listen.js"></script><script type="module" src="/widget.js"></script></head>
<body><main><dvc-text-field label="Full name" required locale="en"></dvc-text-field></main></body></html>`,
  '/widget.js': `import './dvc-forms.js';`,
  // A classic script runs before the module: it records every violation from the start.
  '/listen.js': LISTEN_FOR_VIOLATIONS,
  '/page.js': `import './dvc-forms.js';
const form = document.createElement('dvc-form');
form.src = '/death-registration.json';
form.addEventListener('dvc-submit', (e) => { window.__submitted = e.detail.data; });
document.querySelector('main').append(form);`,
};

let site: CspSite;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  Object.assign(files, await cdnFiles());
  files['/death-registration.json'] = await readFile(
    new URL('definitions/death-registration.json', procedures),
    'utf8',
  );
  site = await serveUnderCsp(CSP, files);
  ({ origin, browser } = site);
}, 120_000);

afterAll(() => site.close());

describe('a page served with a strict CSP', () => {
  it('reports a violation the page does commit (the control)', async () => {
    await waitForControlViolation(site);
  }, 30_000);

  it('words a widget alone in English once the English file has loaded, with no violation', async () => {
    const page = await browser.newPage();
    const english: string[] = [];
    page.on('request', (request) => {
      if (/dvc-forms-english-[\w-]+\.js$/.test(request.url())) english.push(request.url());
    });
    await page.goto(`${origin}/widget.html`);
    await page.waitForFunction(
      () =>
        (document.querySelector('dvc-text-field') as HTMLElement & { validationMessage: string })
          .validationMessage === 'Full name is required.',
    );
    expect(english).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual(
      [],
    );
    await page.close();
  }, 60_000);

  it('renders, validates, takes typing and submits with no violation', async () => {
    const page = await browser.newPage();
    const cspConsole: string[] = [];
    const pageErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspConsole.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/`);
    expect((await page.request.get(`${origin}/`)).headers()['content-security-policy']).toBe(CSP);

    const name = page.locator('dvc-form dvc-text-field input').first();
    await name.waitFor();
    // The widgets' and the form's styles, made from the compacted text (scripts/build-cdn.mjs), apply.
    expect(
      await name.evaluate((input) => {
        const style = getComputedStyle(input);
        return [style.minHeight, style.boxSizing, getComputedStyle(input.closest('dvc-text-field')!).display];
      }),
    ).toEqual(['44px', 'border-box', 'block']);
    expect(
      await page.locator('dvc-form [part="continue-button"]').evaluate((b) => getComputedStyle(b).cursor),
    ).toBe('pointer');
    // Continue on the empty first step: its problems in the summary, the step stays.
    await page.locator('dvc-form [part="continue-button"]').click();
    await page.locator('dvc-form dvc-error-summary [role="alert"]').waitFor();
    expect(await page.locator('dvc-form dvc-error-summary li').count()).toBeGreaterThan(3);
    expect(await page.locator('dvc-form').getAttribute('step')).toBe('deceased');
    // In English: the validation core's English messages come from the file beside the main one,
    // loaded now (not before: the page was in Vietnamese), and the shown problems are worded again.
    const summary = page.locator('dvc-form dvc-error-summary li');
    expect(await summary.filter({ hasText: /is required/ }).count()).toBe(0);
    await page.evaluate(() => {
      (document.querySelector('dvc-form') as HTMLElement & { locale: string }).locale = 'en';
    });
    await summary
      .filter({ hasText: /is required/ })
      .first()
      .waitFor();
    expect(await summary.filter({ hasText: /Vui lòng/ }).count()).toBe(0);

    const sample = JSON.parse(
      await readFile(new URL('samples/death-registration/valid.json', procedures), 'utf8'),
    ) as { deceased: { fullName: string } };
    await page.evaluate(
      (data) => {
        const form = document.querySelector('dvc-form') as HTMLElement & { data: unknown };
        form.data = data;
      },
      { ...sample, deceased: { ...sample.deceased, fullName: '' } },
    );
    await name.fill(sample.deceased.fullName);
    // Through the steps to "check your answers", then submit.
    await page.locator('dvc-form [part="continue-button"]').click();
    await page.locator('dvc-form [part="continue-button"]').click();
    await page.locator('dvc-form [part~="review-title"]').waitFor();
    await page.locator('dvc-form [part="submit-button"]').click();
    await page.waitForFunction(
      () => (window as unknown as { __submitted?: unknown }).__submitted !== undefined,
    );
    expect(await page.evaluate(() => (window as unknown as { __submitted?: unknown }).__submitted)).toEqual(
      sample,
    );

    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect({ violations, cspConsole, pageErrors }).toEqual({
      violations: [],
      cspConsole: [],
      pageErrors: [],
    });
    await page.close();
  }, 60_000);
});
