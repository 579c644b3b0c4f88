/**
 * A framework example as a person gets it: Vite builds it once (from the packages' sources, as its
 * vite.config.ts says), `vite preview` serves the build, and Debian's Chromium opens it. Shared by
 * the tests of examples/react and examples/vue.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright';
import { build, preview, type PreviewServer } from 'vite';

const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export interface ExampleApp {
  readonly url: string;
  readonly page: Page;
  /** Uncaught errors in the page. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Builds the example in `root` (a folder with vite.config.ts), serves the build and opens a page. */
export async function openBuiltExample(root: string): Promise<ExampleApp> {
  const outDir = mkdtempSync(join(tmpdir(), 'dvc-example-'));
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    await browser?.close();
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    const configFile = join(root, 'vite.config.ts');
    await build({ root, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } });
    server = await preview({
      root,
      configFile,
      logLevel: 'error',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) throw new Error('vite preview did not report its URL');
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
    });
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return { url, page, pageErrors, close };
  } catch (error) {
    await close();
    throw error;
  }
}
