/**
 * A page served with a strict Content-Security-Policy (`script-src 'self'`) that loads the forms'
 * single-file build (`dist/cdn`, every file of it at the root) and a module of the test's own, driven in Debian's Chromium with Playwright. (A Vitest
 * browser test cannot set response headers.)
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright';
import { cdnFiles } from './cdn-files.js';

/** The policy the page is served with. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** An open page and what it can tell. */
export interface CspPage {
  evaluate: Page['evaluate'];
  /** Violations reported by the browser and uncaught errors, since the page opened. */
  problems(): Promise<{ violations: string[]; pageErrors: string[] }>;
  close(): Promise<void>;
}

const LISTEN = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});`;

/** Serves `page.js` (which may `import './dvc-forms.js'`) on a strict-CSP page at port 0 and opens it. */
export async function openCspPage(pageModule: string): Promise<CspPage> {
  const files: Record<string, [string, string]> = {
    ...Object.fromEntries(
      Object.entries(await cdnFiles()).map(([path, body]) => [
        path,
        [path.endsWith('.js') ? 'text/javascript' : 'application/json', body],
      ]),
    ),
    '/': [
      'text/html',
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>corpus</title>
<script src="/listen.js"></script><script type="module" src="/page.js"></script></head><body><main></main></body></html>`,
    ],
    '/listen.js': ['text/javascript', LISTEN],
    '/page.js': ['text/javascript', pageModule],
  };
  const server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (file === undefined) {
      res.writeHead(404, { 'content-security-policy': STRICT_CSP }).end();
      return;
    }
    res.writeHead(200, {
      'content-type': `${file[0]}; charset=utf-8`,
      'content-security-policy': STRICT_CSP,
    });
    res.end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => '__run' in window);
  return {
    evaluate: page.evaluate.bind(page),
    async problems() {
      const violations = await page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      return { violations, pageErrors };
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
