/**
 * A precompiled validator in a page under a strict Content-Security-Policy: the module written by
 * `buildValidatorModule` and the built runtime (`dist/runtime.js`) are served as plain files with
 * `default-src 'self'; script-src 'self'` (no 'unsafe-eval'), Chromium imports them and validates
 * the residence form, with the same issues and messages as the Node JIT and no violation reported.
 * (A Vitest browser test cannot set response headers, so this one serves the page itself and
 * drives Debian's Chromium with Playwright, as the forms' CSP test does.)
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LISTEN_FOR_VIOLATIONS,
  serveUnderCsp,
  waitForControlViolation,
  type CspSite,
} from '../../../../test-utils/csp-page.js';
import { buildValidatorModule, compileSchema } from '@dvc-kit/validation/node';

const CSP = "default-src 'self'; script-src 'self'";
const fixture = (name: string): Promise<string> =>
  readFile(new URL(`../../bench/fixtures/residence-application.${name}.json`, import.meta.url), 'utf8');

type Seen = { pointer: string; code: string; message: string }[] | null;

const files: Record<string, string> = {
  '/index.html': `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>CSP</title>
<script src="/listen.js"></script><script type="module" src="/page.js"></script></head>
<body><p>Đăng ký thường trú</p></body></html>`,
  // The control: an inline script the policy refuses, so the listener is shown to hear violations.
  '/control.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title>
<script src="/listen.js"></script><script>window.inline = 1;</script></head><body></body></html>`,
  // A classic script runs before the module: it records every violation from the start.
  '/listen.js': LISTEN_FOR_VIOLATIONS,
  '/page.js': `import { validator } from './residence.validator.js';
const seen = (r) => (r.ok ? null : r.issues.map((i) => ({ pointer: i.pointer, code: i.code, message: i.message })));
const [valid, invalid] = await Promise.all(['/valid.json', '/invalid.json'].map((u) => fetch(u).then((r) => r.json())));
window.__results = { valid: seen(validator.validate(valid)), invalid: seen(validator.validate(invalid, { locale: 'vi' })) };`,
};

let site: CspSite;
let origin = '';
let browser: Browser;

beforeAll(async () => {
  const schema = JSON.parse(await fixture('schema')) as unknown;
  // The module as `dvc build-validators` writes it, importing the runtime from a file beside it.
  files['/residence.validator.js'] = buildValidatorModule(schema, { runtime: './runtime.js' }).code;
  const runtime = await build({
    // The built runtime, what a page gets from the registry (node:validation builds dist when stale).
    entryPoints: [fileURLToPath(new URL('../../dist/runtime.js', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  files['/runtime.js'] = runtime.outputFiles[0]?.text ?? '';
  files['/valid.json'] = await fixture('valid');
  files['/invalid.json'] = await fixture('invalid');
  site = await serveUnderCsp(CSP, files);
  ({ origin, browser } = site);
}, 120_000);

afterAll(() => site.close());

describe('a precompiled validator under script-src self', () => {
  it('reports a violation the page does commit (the control)', async () => {
    await waitForControlViolation(site);
  }, 30_000);

  it('validates in the page with the Node results and no violation', async () => {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/`);
    expect(
      (await page.request.get(`${origin}/residence.validator.js`)).headers()['content-security-policy'],
    ).toBe(CSP);
    await page.waitForFunction(() => (window as unknown as { __results?: unknown }).__results !== undefined);
    const results = await page.evaluate(
      () => (window as unknown as { __results: { valid: Seen; invalid: Seen } }).__results,
    );
    const violations = await page.evaluate(
      () => (window as unknown as { __violations: string[] }).__violations,
    );
    expect(violations).toEqual([]);
    expect(pageErrors).toEqual([]);

    const jit = compileSchema(JSON.parse(await fixture('schema')) as unknown, { codegen: 'on' });
    const expected = (r: ReturnType<typeof jit.validate>): Seen =>
      r.ok ? null : r.issues.map((i) => ({ pointer: i.pointer, code: i.code, message: i.message }));
    expect(results.valid).toBeNull();
    expect(results.invalid?.length).toBeGreaterThanOrEqual(30);
    expect(results.invalid).toEqual(
      expected(jit.validate(JSON.parse(await fixture('invalid')) as unknown, { locale: 'vi' })),
    );
    expect(results.invalid?.some((i) => i.message.includes('Số định danh cá nhân'))).toBe(true);
    await page.close();
  }, 60_000);
});
