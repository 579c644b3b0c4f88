import { createClient, type Logger } from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { birthDraft, start, validBirthData } from './support/sandbox.js';

/** A logger that keeps every line and its details as text. */
function memoryLogger(): { logger: Logger; text: () => string; lines: string[] } {
  const lines: string[] = [];
  const keep =
    (level: string) =>
    (message: string, details?: Record<string, unknown>): void => {
      lines.push(`${level} ${message} ${JSON.stringify(details ?? {})}`);
    };
  return {
    logger: { debug: keep('debug'), info: keep('info'), warn: keep('warn'), error: keep('error') },
    lines,
    text: () => lines.join('\n'),
  };
}

describe('logging', () => {
  it('logs a request carrying a personal id, a phone and a token without any of them', async () => {
    const sandbox = await start();
    const log = memoryLogger();
    const token = 'sandbox-citizen-an';
    const client = createClient({ baseUrl: sandbox.api, auth: token, logger: log.logger, logLevel: 'debug' });
    const data = validBirthData();
    const draft = await client.dossiers.create({ ...birthDraft, data });
    await client.dossiers.list({ procedureCode: '1.001193' }).toArray({ limit: 1 });
    await client.procedures.list({ q: 'Nguyễn Văn An 001090012345' }).toArray({ limit: 1 });

    const text = log.text();
    expect(log.lines.length).toBeGreaterThanOrEqual(6);
    expect(text).toContain(`POST /v1/dossiers 201`);
    expect(text).toContain(draft.id);
    for (const secret of [
      token,
      '001090012345',
      '001195012346',
      '0912345678',
      'an.nguyen@example.vn',
      'Nguyễn Văn An',
      'Trần Thị Hoa',
      '12 phố Hàng Bài',
    ])
      expect(text).not.toContain(secret);
    // Masking keeps the shape, so the log is still useful.
    expect(text).toContain('"personalId":"***"');
    expect(text).toContain('"authorization":"***"');
  });

  it('logs nothing below the level, and nothing without a logger', async () => {
    const sandbox = await start();
    const log = memoryLogger();
    const client = createClient({ baseUrl: sandbox.api, logger: log.logger, logLevel: 'warn' });
    await client.adminUnits.province('01');
    expect(log.lines).toEqual([]);
    const info = memoryLogger();
    await createClient({ baseUrl: sandbox.api, logger: info.logger }).adminUnits.province('79');
    expect(info.lines).toHaveLength(1);
    expect(info.lines[0]).toMatch(/^info GET \/v1\/admin-units\/provinces\/79 200 \d+ms/);
  });
});
