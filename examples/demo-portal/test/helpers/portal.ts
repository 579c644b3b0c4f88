/**
 * The portal under test: the sandbox (in memory, over real HTTP), Vite serving the page from the
 * packages' sources with its proxy to that sandbox, and Debian's Chromium.
 */
import { createSandbox, manualClock, type Sandbox } from '@dvc-kit/sandbox';
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';

const root = new URL('../..', import.meta.url).pathname;
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface Portal {
  readonly url: string;
  readonly page: Page;
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
  /** The API's error answers the page received: `METHOD path status body`. */
  readonly apiErrors: string[];
  close(): Promise<void>;
}

export async function startPortal(): Promise<Portal> {
  // The lifecycle waits for a manual clock, so a dossier is still "received" when the test looks.
  let sandbox: Sandbox | undefined;
  let vite: ViteDevServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await vite?.close();
    await sandbox?.close();
  };
  try {
    sandbox = await createSandbox({
      port: 0,
      inMemory: true,
      clock: manualClock(new Date('2026-11-23T02:00:00Z')),
    });
    const server = await createServer({
      root,
      configFile: `${root}vite.config.ts`,
      logLevel: 'silent',
      server: { port: 0, strictPort: false, proxy: { '/v1': { target: sandbox.url } } },
    });
    vite = await server.listen();
    const url = vite.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('Vite did not report its URL');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    });
    const page = await browser.newPage();
    // The machine may be loaded (Vite transforms the sources on the first visit): generous limits.
    page.setDefaultTimeout(60_000);
    page.setDefaultNavigationTimeout(120_000);
    // File choosers are intercepted from the start. Playwright turns interception on without waiting
    // for Chromium when a page gets its first 'filechooser' listener, so a Space pressed right after
    // `waitForEvent('filechooser')` could still open the native dialog (nothing, headless): no event.
    page.on('filechooser', () => undefined);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const apiErrors: string[] = [];
    page.on('response', (response) => {
      const request = response.request();
      if (response.status() < 400 || !new URL(response.url()).pathname.startsWith('/v1/')) return;
      void response.text().then(
        (body) =>
          apiErrors.push(
            `${request.method()} ${new URL(response.url()).pathname} ${response.status()} ${body}`,
          ),
        () => undefined,
      );
    });
    return { url, page, pageErrors, apiErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in with the sandbox's persona picker (the VNeID stand-in) from the procedure's page. */
export async function signInAs(page: Page, persona: string): Promise<void> {
  await page.getByRole('main').getByRole('button', { name: 'Đăng nhập bằng VNeID' }).click();
  await page.getByLabel(persona).check();
  await page.getByRole('button', { name: /Đăng nhập/ }).click();
  // Back on the portal, signed in: the header offers "Đăng xuất".
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor({ timeout: 60_000 });
}

/** Signs in as `persona` unless someone is signed in already (tests that run alone need it). */
export async function ensureSignedIn(page: Page, url: string, persona: string): Promise<void> {
  if (page.url().startsWith(url) && (await page.getByRole('button', { name: 'Đăng xuất' }).count()) > 0)
    return;
  await page.goto(`${url}#/procedures/1.001193`);
  await signInAs(page, persona);
}
