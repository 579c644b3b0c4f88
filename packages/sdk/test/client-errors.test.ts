import {
  AbortError,
  ConnectionError,
  createClient,
  TimeoutError,
  ValidationError,
  type Middleware,
} from '@dvc-kit/sdk';
import { describe, expect, it } from 'vitest';
import { birthDraft, start } from './support/sandbox.js';

/** Asks the sandbox for `fault` on every attempt. */
const always =
  (fault: string): Middleware =>
  (request, next) => {
    request.headers.set('x-sandbox-fault', fault);
    return next(request);
  };

const exe = (): File =>
  new File([new Uint8Array([0x4d, 0x5a])], 'virus.exe', { type: 'application/x-msdownload' });

describe('the errors the client makes itself', () => {
  it('follow language: an abort, a deadline and a lost answer, in Vietnamese by default and in English', async () => {
    // The slow answers take 3 s, far beyond the 100 ms deadline even on a loaded machine.
    const sandbox = await start({ faults: { latencyMs: 3000, latencyRate: 0 } });
    const messages = async (language?: 'vi' | 'en'): Promise<string[]> => {
      const slow = createClient({
        baseUrl: sandbox.api,
        auth: 'sandbox-citizen-an',
        language,
        middleware: [always('latency')],
      });
      const aborted = await slow.procedures
        .retrieve('1.001193', { signal: AbortSignal.abort() })
        .catch((e: unknown) => e);
      expect(aborted).toBeInstanceOf(AbortError);
      const late = await slow.agencies.retrieve('SBX.CA.00.T01', { deadline: 100 }).catch((e: unknown) => e);
      expect(late).toMatchObject({ code: 'deadline' });
      expect(late).toBeInstanceOf(TimeoutError);
      const dropping = createClient({
        baseUrl: sandbox.api,
        auth: 'sandbox-citizen-an',
        language,
        middleware: [always('drop-after-commit')],
      });
      const lost = await dropping.dossiers.create({ ...birthDraft }).catch((e: unknown) => e);
      expect(lost).toBeInstanceOf(ConnectionError);
      return [aborted, late, lost].map((e) => (e as Error).message);
    };
    const vi = await messages();
    expect(vi).toEqual([
      'Yêu cầu đã bị hủy.',
      'Yêu cầu đã quá thời hạn cho phép.',
      'Không nhận được phản hồi từ Cổng.',
    ]);
    expect(await messages('en')).toEqual([
      'The call was aborted.',
      'The call passed its deadline.',
      'No answer from the portal.',
    ]);
  }, 30_000);

  it('word an attempt timeout in the client’s language', async () => {
    const sandbox = await start({ faults: { latencyMs: 2000, latencyRate: 0 } });
    const client = createClient({
      baseUrl: sandbox.api,
      timeout: 200,
      maxRetries: 0,
      middleware: [always('latency')],
    });
    const error = await client.agencies.retrieve('SBX.CA.00.T01').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'timeout', message: 'Cổng không trả lời kịp thời gian chờ.' });
  });

  it('word upload pre-checks (code attachment_precheck) in the client’s language', async () => {
    const sandbox = await start();
    const precheck = async (language?: 'vi' | 'en'): Promise<ValidationError> => {
      const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an', language });
      const error = await client.attachments
        .upload({ file: exe(), procedureCode: '1.001193', documentCode: 'TO-KHAI' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return error as ValidationError;
    };
    const vi = await precheck();
    expect(vi.code).toBe('attachment_precheck');
    expect(vi.status).toBeUndefined();
    expect(vi.message).toMatch(
      /^Tệp "virus.exe" \(application\/x-msdownload\) không đúng loại được chấp nhận: chỉ nhận PDF/,
    );
    expect(vi.issues['/file']?.[0]).toMatchObject({ code: 'type', message: vi.message });
    expect((await precheck('en')).message).toMatch(
      /^The file "virus.exe" \(application\/x-msdownload\) is not of an accepted type: only PDF/,
    );

    const client = createClient({ baseUrl: sandbox.api, auth: 'sandbox-citizen-an' });
    const unknown = await client.attachments
      .upload({ file: exe(), procedureCode: '1.001193', documentCode: 'NOPE' })
      .catch((e: unknown) => e);
    expect(unknown).toMatchObject({ code: 'attachment_precheck' });
    expect((unknown as Error).message).toBe('Thủ tục không có thành phần hồ sơ NOPE.');
  });
});
