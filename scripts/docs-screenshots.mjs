#!/usr/bin/env node
// `pnpm docs:screenshots`: the pictures of docs/images/, taken in Debian's Chromium with Playwright.
// Starts the demo portal (Vite, from the packages' sources) on an in-memory sandbox with a fixed
// clock, signs in as the sandbox's Nguyễn Văn An and shoots the search, the form's first step and
// "check your answers" at 1280 px (desktop) and 360 px (phone); then the key stories (steps, the
// review, documents, address) from a static Storybook (`--storybook DIR`, else site/storybook,
// else one is built). Each picture is WebP, encoded by Chromium, and must stay under 150 kB.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { createServer as createVite } from 'vite';
import { buildStorybook } from './docs/storybook.mjs';
import { bold, chromiumPath, green, red, resolvePnpm, root, run } from './lib/run.mjs';

const MAX_BYTES = 150 * 1024;
const DESKTOP = { width: 1280, height: 860, deviceScaleFactor: 1 };
const PHONE = { width: 360, height: 760, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const { values } = parseArgs({
  options: { storybook: { type: 'string' }, out: { type: 'string', default: 'docs/images' } },
});
const outDir = join(root, values.out);
mkdirSync(outDir, { recursive: true });
const pnpm = resolvePnpm();

// The sandbox runs from its build; build it (and what it depends on) when it is missing.
if (!existsSync(join(root, 'packages/sandbox/dist/index.js'))) {
  console.log(bold('▶ Building @dvc-kit/sandbox and its dependencies'));
  const code = await run(pnpm.command, [
    ...pnpm.prefix,
    '-r',
    '--filter',
    '@dvc-kit/sandbox...',
    'run',
    'build',
  ]);
  if (code !== 0) process.exit(code);
}

// A static Storybook: given, left by `pnpm docs:build`, or built now into a temporary folder.
let storybookDir = values.storybook ?? join(root, 'site/storybook');
let temporary;
if (!existsSync(join(storybookDir, 'iframe.html'))) {
  temporary = mkdtempSync(join(tmpdir(), 'dvc-storybook-'));
  storybookDir = temporary;
  if (!(await buildStorybook(storybookDir))) process.exit(1);
}

const { createSandbox, manualClock } = await import(join(root, 'packages/sandbox/dist/index.js'));
const { procedureSamples } = await import(join(root, 'packages/procedures/dist/index.js'));

/** Serves a folder over HTTP on a free port. */
function serveFolder(folder) {
  const types = {
    '.html': 'text/html',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
    '.woff2': 'font/woff2',
    '.png': 'image/png',
  };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(folder, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const sandbox = await createSandbox({
  port: 0,
  inMemory: true,
  clock: manualClock(new Date('2026-11-23T02:00:00Z')),
});
const demoRoot = join(root, 'examples/demo-portal');
const vite = await (
  await createVite({
    root: demoRoot,
    configFile: join(demoRoot, 'vite.config.ts'),
    logLevel: 'error',
    server: { port: 0, strictPort: false, proxy: { '/v1': { target: sandbox.url } } },
  })
).listen();
const demoUrl = vite.resolvedUrls?.local[0];
const storybookServer = await serveFolder(storybookDir);
const storybookUrl = `http://127.0.0.1:${storybookServer.address().port}/`;
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--lang=vi-VN'],
});
const encoder = await browser.newPage();
const written = [];

/** Encodes a PNG as WebP in Chromium, lowering the quality until it fits the budget, and writes it. */
async function save(name, png) {
  for (const quality of [0.85, 0.75, 0.65, 0.5]) {
    const dataUrl = await encoder.evaluate(
      async ({ source, q }) => {
        const image = new Image();
        image.src = source;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        canvas.getContext('2d').drawImage(image, 0, 0);
        return canvas.toDataURL('image/webp', q);
      },
      { source: `data:image/png;base64,${png.toString('base64')}`, q: quality },
    );
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
    if (bytes.length <= MAX_BYTES) {
      writeFileSync(join(outDir, `${name}.webp`), bytes);
      written.push(`${name}.webp ${(bytes.length / 1024).toFixed(0)} kB (q ${quality})`);
      return;
    }
  }
  throw new Error(`${name}: over ${MAX_BYTES / 1024} kB even at the lowest quality`);
}

/** The demo portal as Nguyễn Văn An: search, the form's first step, then the review. */
async function shootDemo(label, viewport) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: viewport.deviceScaleFactor,
    isMobile: viewport.isMobile,
    hasTouch: viewport.hasTouch,
    locale: 'vi-VN',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000); // Vite's first load optimises dependencies; a loaded machine is slow
  await page.goto(demoUrl);
  await page.getByLabel('Tên thủ tục').fill('dang ky khai sinh');
  await page.getByRole('button', { name: 'Tìm' }).click();
  await page.getByRole('link', { name: 'Đăng ký khai sinh' }).waitFor();
  await save(`demo-search-${label}`, await page.screenshot());

  await page.getByRole('link', { name: 'Đăng ký khai sinh' }).click();
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
  await page.getByLabel('Nguyễn Văn An').check();
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  const form = page.locator('dvc-form');
  await form.getByRole('button', { name: 'Tiếp tục' }).waitFor();
  // The desktop picture shows the portal around the form; the phone's, the form itself.
  if (viewport.isMobile === true)
    await form.evaluate((element) => {
      element.scrollIntoView();
    });
  await save(`demo-form-${label}`, await page.screenshot());

  const sample = procedureSamples('birth-registration').valid;
  await form.evaluate((element, data) => {
    element.data = data;
    element.step = 'review';
  }, sample);
  const review = form.getByRole('heading', { name: 'Kiểm tra thông tin trước khi nộp' });
  await review.waitFor();
  // The form focuses the review's heading; the picture shows the page as a reader sees it, not the ring.
  await review.evaluate((heading) => {
    heading.blur();
    heading.scrollIntoView();
  });
  await save(`demo-review-${label}`, await page.screenshot());
  await context.close();
}

/** One story, alone in its iframe, cut to what it draws. */
async function shootStory(name, id, viewport, maxHeight = 1100) {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: viewport.deviceScaleFactor,
    locale: 'vi-VN',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(120_000); // Vite's first load optimises dependencies; a loaded machine is slow
  await page.goto(`${storybookUrl}iframe.html?id=${id}&viewMode=story&globals=locale:vi`);
  await page.locator('#storybook-root > *').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500); // the play function's last step and the form's lazy chunks
  // What the story draws, pop-ups included, up to maxHeight.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await save(
    name,
    await page.screenshot({
      fullPage: true,
      clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, maxHeight) },
    }),
  );
  await context.close();
}

let failed = false;
try {
  console.log(bold('▶ The demo portal'));
  await shootDemo('desktop', DESKTOP);
  await shootDemo('phone', PHONE);
  console.log(bold('▶ The key stories'));
  const story = { ...DESKTOP, width: 960 };
  await shootStory('story-steps', 'form-steps-and-check-your-answers--step-1-child', story);
  await shootStory('story-review', 'form-steps-and-check-your-answers--check-your-answers', story);
  await shootStory('story-errors', 'form-steps-and-check-your-answers--continue-with-errors', story);
  await shootStory('story-documents', 'form-documents--uploaded', story);
  await shootStory('story-address', 'widgets-address-field--communes-open', story, 540);
} catch (error) {
  failed = true;
  console.error(red(`Screenshots failed: ${error instanceof Error ? error.stack : String(error)}`));
} finally {
  await browser.close();
  await vite.close();
  storybookServer.close();
  await sandbox.close();
  if (temporary !== undefined) rmSync(temporary, { recursive: true, force: true });
}
for (const line of written) console.log(`  ${line}`);
if (failed) process.exit(1);
console.log(green(`${written.length} pictures in ${values.out}`));
