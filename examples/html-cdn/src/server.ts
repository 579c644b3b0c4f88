/**
 * A static server for the example, as a CMS or any web server would serve the page: `public/` at
 * `/`, the files of `@dvc-kit/forms`' single-file build (`dist/cdn`, resolved through the package's
 * `./cdn` export) at `/vendor/dvc-forms/`, every response with a strict Content-Security-Policy.
 * `node dist/server.js` (PORT, default 4020).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The policy of every response: scripts and styles from this origin only, nothing evaluated. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
/** `dist/cdn` of @dvc-kit/forms, wherever the package is installed. */
const cdnDir = dirname(createRequire(import.meta.url).resolve('@dvc-kit/forms/cdn'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file for a URL path, never outside its folder. */
function fileFor(pathname: string): string | undefined {
  const [base, rest] = pathname.startsWith('/vendor/dvc-forms/')
    ? [cdnDir, pathname.slice('/vendor/dvc-forms/'.length)]
    : [publicDir, pathname === '/' ? 'index.html' : pathname.slice(1)];
  const file = resolve(base, decodeURIComponent(rest));
  return file.startsWith(resolve(base) + sep) ? file : undefined;
}

/** A running server. */
export interface ExampleServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the server on `port` (0: any free port). */
export async function startServer(port = 0): Promise<ExampleServer> {
  const server: Server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    const headers = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
    (file === undefined ? Promise.reject(new Error('outside')) : readFile(file)).then(
      (body) => {
        response.writeHead(200, {
          ...headers,
          'content-type': TYPES[extname(file ?? '')] ?? 'application/octet-stream',
        });
        response.end(body);
      },
      () => {
        response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
        response.end('Not found');
      },
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    close: () =>
      new Promise((done) => {
        server.close(() => {
          done();
        });
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startServer(Number(process.env['PORT'] ?? 4020));
  console.log(`The CMS page with <dvc-form>: ${url} (Content-Security-Policy: ${CSP})`);
}
