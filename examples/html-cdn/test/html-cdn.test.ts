/**
 * The "drop it into any CMS" page in Debian's Chromium: served with a strict Content-Security-Policy,
 * it loads `@dvc-kit/forms`' single file and the definition file; a person types the request with the
 * keyboard, submits, and the page gets `dvc-submit` with the data. Chromium reports no CSP violation
 * (a listener installed before any script of the page, and the console).
 */
import { readFile } from 'node:fs/promises';
import { procedureDefinitionMetaSchema, lintDefinition, type ProcedureDefinition } from '@dvc-kit/procedures';
import { compileSchema } from '@dvc-kit/validation';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, startServer, type ExampleServer } from '../src/server.js';

let server: ExampleServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer(0);
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}, 60_000);

afterAll(async () => {
  await browser.close();
  await server.close();
});

/** What the page got wrong under its policy: violations, CSP console messages, uncaught errors. */
interface Problems {
  violations: string[];
  cspConsole: string[];
  pageErrors: string[];
}

async function open(path: string): Promise<{ page: Page; problems: () => Promise<Problems> }> {
  const page = await browser.newPage();
  const cspConsole: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) cspConsole.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Runs before any script of the page, so it hears every violation from the start.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  await page.goto(new URL(path, server.url).href);
  return {
    page,
    problems: async () => ({
      violations: await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
      cspConsole,
      pageErrors,
    }),
  };
}

describe('examples/html-cdn', () => {
  it('ships a definition the meta-schema and the linter accept', async () => {
    const definition = JSON.parse(
      await readFile(new URL('../public/civil-status-extract.json', import.meta.url), 'utf8'),
    ) as ProcedureDefinition;
    expect(compileSchema(procedureDefinitionMetaSchema).validate(definition).ok).toBe(true);
    expect(lintDefinition(definition).filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('serves every file with the strict policy', async () => {
    for (const path of ['/', '/vendor/dvc-forms/dvc-forms.js', '/civil-status-extract.json']) {
      const response = await fetch(new URL(path, server.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toBe(CSP);
    }
    expect(CSP).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect((await fetch(new URL('/vendor/dvc-forms/..%2fpackage.json', server.url))).status).toBe(404);
  });

  it('hears a violation the page does commit (the control)', async () => {
    const { page, problems } = await open('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.head.append(script);
    });
    await expect.poll(async () => (await problems()).violations.length).toBeGreaterThan(0);
    await page.close();
  }, 60_000);

  it('renders the form, takes typing, submits with dvc-submit and commits no violation', async () => {
    const { page, problems } = await open('/');
    const name = page.getByRole('textbox', { name: /Họ, chữ đệm và tên/ });
    await name.waitFor({ timeout: 30_000 });
    // Submitting empty shows the problems, and moves focus to the summary.
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.locator('dvc-form dvc-error-summary [role="alert"]').waitFor();

    await name.click();
    await page.keyboard.type('Nguyễn Thị Lan');
    await page.keyboard.press('Tab');
    await page.keyboard.type('15/03/1990');
    await page.getByRole('textbox', { name: /Số điện thoại di động/ }).click();
    await page.keyboard.type('0912345678');
    // The kind of extract: a select (its element loaded on demand), then the number of copies.
    await page.getByRole('combobox', { name: /Loại trích lục/ }).selectOption('death');
    await page.getByRole('textbox', { name: /Số bản sao/ }).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('2');

    const submitted = page.evaluate(
      () =>
        new Promise((resolve) => {
          document.querySelector('dvc-form')?.addEventListener('dvc-submit', (e) => {
            resolve((e as CustomEvent<{ data: unknown }>).detail.data);
          });
        }),
    );
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    const data = {
      fullName: 'Nguyễn Thị Lan',
      birthDate: '1990-03-15',
      phone: '0912345678',
      extract: 'death',
      copies: 2,
    };
    expect(await submitted).toEqual(data);
    // The page's own script showed it.
    await page.locator('#sent').waitFor();
    expect(JSON.parse((await page.locator('#sent-data').textContent()) ?? '')).toEqual(data);

    expect(await problems()).toEqual({ violations: [], cspConsole: [], pageErrors: [] });
    await page.close();
  }, 90_000);
});
