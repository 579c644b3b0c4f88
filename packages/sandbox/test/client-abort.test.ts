/** Issue 15, item 5: a client that goes away mid-body is logged as an abort, not as a 500. */
import { connect } from 'node:net';
import { createSandbox, type LogFields } from '@dvc-kit/sandbox';
import { describe, expect, it } from 'vitest';

describe('a client that disconnects mid-body', () => {
  it('is logged as an aborted request, never as status=500 or an unhandled error', async () => {
    const entries: { level: string; message: string; fields: LogFields | undefined }[] = [];
    let logged: (() => void) | undefined;
    const sandbox = await createSandbox({
      port: 0,
      inMemory: true,
      logger: {
        info: (message, fields) => {
          entries.push({ level: 'info', message, fields });
          logged?.();
        },
        error: (message, fields) => {
          entries.push({ level: 'error', message, fields });
        },
      },
    });
    try {
      const { port, hostname } = new URL(sandbox.url);
      const done = new Promise<void>((resolve) => (logged = resolve));
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          'POST /v1/dossiers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer sandbox-citizen-an\r\n' +
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"procedureCode":',
          () => {
            // Give the server the headers and part of the body, then hang up.
            setTimeout(() => socket.destroy(), 50);
          },
        );
      });
      socket.on('error', () => undefined);
      await done;
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        level: 'info',
        message: 'request aborted by the client',
        fields: { method: 'POST', path: '/v1/dossiers' },
      });
      expect(entries[0]?.fields?.['status']).toBeUndefined();
    } finally {
      await sandbox.close();
    }
  });
});
