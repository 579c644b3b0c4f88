import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createClient, fileFromPath, fileFromStream } from '@dvc-kit/sdk/server';
import { describe, expect, it } from 'vitest';
import { pdfBytes, start } from './support/sandbox.js';

describe('uploads from Node', () => {
  it('uploads a file from a path and from a stream, reporting progress as the body is sent', async () => {
    const sandbox = await start();
    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const dir = await mkdtemp(join(tmpdir(), 'dvc-sdk-'));
    try {
      // A PDF of about 300 kB, so the body is sent in several chunks.
      const bytes = new Uint8Array(300_000);
      bytes.set(pdfBytes());
      const path = join(dir, 'giay-to-tuy-than.pdf');
      await writeFile(path, bytes);
      const loaded: number[] = [];
      const fromPath = await client.attachments.upload({
        file: await fileFromPath(path, 'application/pdf'),
        procedureCode: '1.001193',
        documentCode: 'GIAY-TO-TUY-THAN',
        onProgress: (p) => loaded.push(p.loaded),
      });
      expect(fromPath).toMatchObject({ fileName: 'giay-to-tuy-than.pdf', size: bytes.byteLength });
      expect(loaded.length).toBeGreaterThan(2);
      expect(loaded).toEqual([...loaded].sort((a, b) => a - b));

      const stream = Readable.from([pdfBytes('một'), pdfBytes('hai')]);
      const fromStream = await client.attachments.upload({
        file: await fileFromStream(stream, 'to-khai.pdf', 'application/pdf'),
        procedureCode: '1.001193',
        documentCode: 'TO-KHAI',
      });
      expect(fromStream.size).toBe(pdfBytes('một').byteLength + pdfBytes('hai').byteLength);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
