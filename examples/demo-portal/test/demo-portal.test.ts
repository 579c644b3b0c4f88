/**
 * The demo portal end to end, as a citizen uses it: the page (served by Vite from the packages'
 * sources), the sandbox (over real HTTP, through the page's own proxy) and Debian's Chromium.
 * Search → sign in as a persona → the form, prefilled → upload documents → submit → the dossier.
 */
import { getProcedureDefinition, prefillData, procedureSamples } from '@dvc-kit/procedures';
import { createSandbox, getPersona, manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

let sandbox: Sandbox | undefined;
let vite: ViteDevServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  // The lifecycle waits for a manual clock, so the dossier is still "received" when the test looks.
  const api = await createSandbox({
    port: 0,
    inMemory: true,
    clock: manualClock(new Date('2026-11-23T02:00:00Z')),
  });
  sandbox = api;
  const server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    logLevel: 'silent',
    server: { port: 0, strictPort: false, proxy: { '/v1': { target: api.url } } },
  });
  vite = await server.listen();
  const started = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  browser = started;
  page = await started.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await vite?.close();
  await sandbox?.close();
});

function pageUrl(): string {
  const url = vite?.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('Vite did not report its URL');
  return url;
}

/** A tiny PDF: enough for the sandbox's type sniffing. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

test('a citizen finds a procedure, signs in, files the dossier and sees its code', async () => {
  await page.goto(pageUrl());
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: 'Đăng ký khai sinh' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();

  // The sandbox's persona picker stands in for VNeID.
  await page.getByLabel('Nguyễn Văn An').check();
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  await page.waitForURL(/#\/procedures\/1\.001193$/);

  // The form is prefilled from the profile: the applicant's name is the persona's, read-only.
  const form = page.locator('dvc-form');
  await expect.poll(() => form.getByText('Nguyễn Văn An').count()).toBeGreaterThan(0);

  // Fill the rest as the sample does (typing every field is the forms package's own test).
  const definition = getProcedureDefinition('birth-registration');
  const persona = getPersona('citizen-an');
  if (definition === undefined || persona === undefined) throw new Error('fixtures are missing');
  const sample = procedureSamples('birth-registration').valid as Record<string, unknown>;
  const { data } = prefillData(definition, persona.profile, sample);
  await form.evaluate((element, value) => {
    (element as HTMLElement & { data: unknown }).data = value;
  }, data);

  for (const code of ['TO-KHAI', 'GIAY-TO-TUY-THAN']) {
    await page
      .locator(`#doc-${code}`)
      .setInputFiles({ name: `${code}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    await expect.poll(() => page.locator(`#status-${code}`).textContent()).toMatch(/^Đã tải lên/);
  }

  // Through the steps (each checked on Continue) to "check your answers", then submit.
  const review = form.getByRole('heading', { name: 'Kiểm tra thông tin trước khi nộp' });
  for (let step = 0; step < 6 && (await review.count()) === 0; step++) {
    await form.getByRole('button', { name: 'Tiếp tục' }).click();
  }
  await expect.poll(() => review.count()).toBe(1);
  await form.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await page.waitForURL(/#\/dossiers\//);
  const heading = page.getByRole('heading', { level: 1 });
  await expect.poll(() => heading.textContent()).toMatch(/^Hồ sơ SBX\.UB\.\d{5}\.T\d{2}-\d{6}-\d{4}$/);
  await expect.poll(() => page.getByRole('main').textContent()).toContain('Mới đăng ký');
  expect(pageErrors).toEqual([]);

  // Exactly one dossier was filed for this citizen.
  const mine = await fetch(`${pageUrl()}v1/dossiers`, {
    headers: { authorization: `Bearer ${persona.token}` },
  });
  const body = (await mine.json()) as { data: { code: string | null }[] };
  expect(body.data.filter((d) => d.code !== null)).toHaveLength(1);
}, 90_000);
