/**
 * Pages under a strict Content-Security-Policy, for the tests that check one (a Vitest browser test
 * cannot set response headers): the given files are written to a temporary folder and served on
 * 127.0.0.1 with the policy on every response, and Debian's Chromium is launched to load them.
 * `LISTEN_FOR_VIOLATIONS` is a classic script a page loads first to record every violation in
 * `window.__violations`.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { chromium, type Browser } from 'playwright';

/** A classic script (serve it as `/listen.js`): runs before any module and records each violation. */
export const LISTEN_FOR_VIOLATIONS = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber);
});`;

/** The served files and the browser; `close()` stops both and removes the folder. */
export interface CspSite {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  json: 'application/json',
  map: 'application/json',
  css: 'text/css',
};

/** Serves `files` (path → content; `/` is `/index.html`) with `policy` on every response. */
export async function serveUnderCsp(policy: string, files: Record<string, string>): Promise<CspSite> {
  const dir = await mkdtemp(join(tmpdir(), 'dvc-csp-'));
  await Promise.all(Object.entries(files).map(([name, body]) => writeFile(join(dir, name), body)));
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname;
    const path = resolve(dir, `.${name === '/' ? '/index.html' : name}`);
    const missing = (): void => {
      res.writeHead(404, { 'content-security-policy': policy }).end();
    };
    if (!path.startsWith(dir + sep)) {
      missing();
      return;
    }
    readFile(path).then((body) => {
      const type = TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'content-security-policy': policy });
      res.end(body);
    }, missing);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the site's `/control.html` (a page that commits a violation the policy refuses) and waits
 * until the listener has recorded one: the proof that a page with no violation was really listened to.
 */
export async function waitForControlViolation(site: CspSite): Promise<void> {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/control.html`);
  await page.waitForFunction(() => (window as unknown as { __violations: string[] }).__violations.length > 0);
  await page.close();
}
