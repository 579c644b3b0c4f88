import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** What a citizen-facing page ships: the client and the dossiers resource. */
const ENTRY = `
import { createClient } from '@dvc-kit/sdk';
const client = createClient({ baseUrl: '/v1', auth: 'token' });
export const submit = (id) => client.dossiers.submit(id);
export const list = () => client.dossiers.list({ status: ['draft'] }).toArray({ limit: 20 });
`;

/** The minified, gzipped size of `entry` bundled for browsers. */
async function browserSize(entry: string): Promise<{ min: number; gzip: number; text: string }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['@dvc-kit/source'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    text: new TextDecoder().decode(code),
  };
}

/** A page that only searches procedures, with the core and one resource. */
const SEARCH_ONLY = `
import { createCore, Procedures } from '@dvc-kit/sdk';
const procedures = new Procedures(createCore({ baseUrl: '/v1' }));
export const search = (q) => procedures.list({ q }).toArray({ limit: 10 });
`;

describe('size budget', () => {
  it('keeps the browser client with the dossiers resource within 8 kB min+gzip (goal 6 kB)', async () => {
    const size = await browserSize(ENTRY);
    console.info(`sdk browser bundle (createClient + dossiers): ${size.min} B min, ${size.gzip} B min+gzip`);
    expect(size.gzip).toBeLessThanOrEqual(8 * 1024);
    // Server-only code (client credentials, Node files, webhook verification) stays out.
    expect(size.text).not.toMatch(/client_credentials|node:fs|webhook-signature/);
  });

  it('ships no upload code to a page that only searches procedures', async () => {
    const size = await browserSize(SEARCH_ONLY);
    console.info(`sdk browser bundle (createCore + procedures): ${size.min} B min, ${size.gzip} B min+gzip`);
    expect(size.text).toContain('/procedures');
    expect(size.text).not.toMatch(/multipart\/form-data|\/dossiers/);
    expect(size.gzip).toBeLessThan((await browserSize(ENTRY)).gzip);
  });
});
