/**
 * `<dvc-documents>` against a real sandbox, through the sdk's `client.attachments` as the upload
 * hook, driven with the keyboard: choose a file (the file input, as Playwright sets it), cancel,
 * retry after the network failed, remove; a file too big or of the wrong type is refused before
 * anything is sent.
 */
import { getProcedureDefinition } from '@dvc-kit/procedures';
import { createClient, type PortalClient } from '@dvc-kit/sdk';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/documents.js';
import type { DocumentUploader, DvcDocuments } from '../../../src/documents.js';

const death = getProcedureDefinition('death-registration');
const pdf = (name: string, size = 0): File =>
  new File(['%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', new Uint8Array(size)], name, {
    type: 'application/pdf',
  });

/** A fetch that can fail (as a dropped network does) or hold uploads until let go. */
class Network {
  offline = false;
  held: (() => void) | undefined;
  hold = false;
  sent = 0;
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = request.signal;
    if (request.url.includes('/attachments') && request.method === 'POST') {
      this.sent++;
      if (this.offline) throw new TypeError('Failed to fetch');
      if (this.hold) {
        await new Promise<void>((resolve, reject) => {
          this.held = resolve;
          signal.addEventListener('abort', () => {
            reject(signal.reason as Error);
          });
        });
      }
    }
    return await fetch(request);
  };
}

function client(network: Network): PortalClient {
  return createClient({
    baseUrl: inject('sandbox').baseUrl,
    auth: 'sandbox-citizen-an',
    maxRetries: 0,
    fetch: network.fetch,
  });
}

async function mount(props: Partial<DvcDocuments>): Promise<DvcDocuments> {
  const element = document.createElement('dvc-documents');
  Object.assign(element, { definition: death }, props);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

function row(element: DvcDocuments, code: string): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>(`[data-code="${code}"]`);
  if (found === null || found === undefined) throw new Error(`No row ${code}`);
  return found;
}

const active = (element: DvcDocuments): Element | null => element.shadowRoot?.activeElement ?? null;

/** Tabs until the element's focused control matches `selector` (inside the row of `code`). */
async function tabTo(element: DvcDocuments, code: string, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 30; i++) {
    await userEvent.tab();
    const focused = active(element);
    if (focused instanceof HTMLElement && focused.matches(selector) && row(element, code).contains(focused))
      return focused;
  }
  throw new Error(`Could not reach ${selector} in ${code} with Tab`);
}

async function until(check: () => boolean, what: string): Promise<void> {
  await expect
    .poll(check, {
      timeout: 15_000,
      message: `${what}: ${document.querySelector('dvc-documents')?.shadowRoot?.textContent.replace(/\s+/g, ' ')}`,
    })
    .toBe(true);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-documents>', () => {
  it('the sdk’s client.attachments is an upload hook as it is', () => {
    const network = new Network();
    const hook: DocumentUploader = client(network).attachments;
    expect(typeof hook.upload).toBe('function');
  });

  it('shows each component as the documents model says online: e-form, shown at the counter, required', async () => {
    const element = await mount({ upload: client(new Network()).attachments });
    expect(row(element, 'TO-KHAI').dataset['upload']).toBe('none');
    expect(row(element, 'TO-KHAI').textContent).toContain('Không bắt buộc');
    expect(row(element, 'GIAY-TO-TUY-THAN').dataset['mode']).toBe('present');
    expect(row(element, 'GIAY-TO-TUY-THAN').textContent).toContain('Không tải lên: xuất trình bản chính');
    expect(row(element, 'GIAY-TO-TUY-THAN').querySelector('input')).toBeNull();
    const notice = row(element, 'GIAY-BAO-TU');
    expect(notice.textContent).toContain('Bắt buộc');
    expect(notice.textContent).toContain('1 bản chính');
    expect(notice.textContent).toContain('Nhận tệp PDF, JPG, PNG, tối đa 10 MB.');
    // At the counter the declaration is paper again: the e-form no longer stands in.
    element.channel = 'in-person';
    await element.updateComplete;
    expect(row(element, 'TO-KHAI').dataset['upload']).toBe('required');
  });

  it('uploads a chosen file to the sandbox with the keyboard, then removes it', async () => {
    const network = new Network();
    const api = client(network);
    const element = await mount({ upload: api.attachments });
    const changes: number[] = [];
    element.addEventListener('dvc-documents-change', (e) => changes.push(e.detail.documents.length));
    const input = await tabTo(element, 'GIAY-BAO-TU', 'input[type="file"]');
    expect(input.getAttribute('aria-label')).toBe('Chọn tệp cho Giấy báo tử hoặc giấy tờ thay Giấy báo tử');
    await userEvent.upload(input, pdf('giay-bao-tu.pdf'));
    await until(() => element.value.length === 1, 'the file is stored');
    const [stored] = element.value;
    expect(stored).toMatchObject({ documentCode: 'GIAY-BAO-TU', fileName: 'giay-bao-tu.pdf' });
    expect(row(element, 'GIAY-BAO-TU').textContent).toContain('Đã tải lên giay-bao-tu.pdf');
    // It is really there, for this citizen.
    const attachment = await api.attachments.retrieve(stored!.attachmentId);
    expect(attachment).toMatchObject({ procedureCode: '1.000656', documentCode: 'GIAY-BAO-TU' });
    expect(element.validate()).toEqual([]);

    const remove = await tabTo(element, 'GIAY-BAO-TU', 'button[part="remove-button"]');
    expect(remove.getAttribute('aria-label')).toBe('Xóa giay-bao-tu.pdf');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(element.value).toEqual([]);
    // Chosen (nothing stored yet: a draft notes it), stored, removed.
    expect(changes).toEqual([0, 1, 0]);
    // Focus stays on the row: the file input is back.
    expect(active(element)?.matches('input[type="file"]')).toBe(true);
    await expect
      .poll(async () =>
        api.attachments.retrieve(stored!.attachmentId).then(
          () => 'kept',
          () => 'gone',
        ),
      )
      .toBe('gone');
    expect(element.validate().map((i) => i.pointer)).toEqual(['/documents/GIAY-BAO-TU']);
    // A missing document is said by the error summary: its row's message is not a second alert.
    await element.updateComplete;
    expect(row(element, 'GIAY-BAO-TU').querySelector('.error')?.getAttribute('role')).toBeNull();
  }, 60_000);

  it('cancels an upload in flight and sends it again on Retry', async () => {
    const network = new Network();
    network.hold = true;
    const element = await mount({ upload: client(network).attachments });
    const input = await tabTo(element, 'GIAY-BAO-TU', 'input[type="file"]');
    await userEvent.upload(input, pdf('cham.pdf'));
    await until(() => network.held !== undefined, 'the upload is on its way');
    expect(row(element, 'GIAY-BAO-TU').textContent).toMatch(/Đang tải lên cham\.pdf: \d+%/);
    expect(row(element, 'GIAY-BAO-TU').querySelector('progress')).not.toBeNull();
    expect(element.validate()[0]?.message).toContain('đang được tải lên');

    await tabTo(element, 'GIAY-BAO-TU', 'button[part="cancel-button"]');
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(row(element, 'GIAY-BAO-TU').textContent).toContain('Đã hủy tải lên cham.pdf');
    expect(element.value).toEqual([]);

    network.hold = false;
    await tabTo(element, 'GIAY-BAO-TU', 'button[part="retry-button"]');
    await userEvent.keyboard('{Enter}');
    await until(() => element.value.length === 1, 'the retried file is stored');
    expect(element.value[0]?.fileName).toBe('cham.pdf');
  }, 60_000);

  it('says the network failed and stores the file on Retry once it is back', async () => {
    const network = new Network();
    network.offline = true;
    const element = await mount({ upload: client(network).attachments });
    const input = await tabTo(element, 'GIAY-BAO-TU', 'input[type="file"]');
    await userEvent.upload(input, pdf('to-khai.pdf'));
    await until(
      () => row(element, 'GIAY-BAO-TU').querySelector('[data-status="failed"]') !== null,
      'it failed',
    );
    expect(row(element, 'GIAY-BAO-TU').textContent).toContain('Không tải lên được to-khai.pdf');
    expect(element.value).toEqual([]);

    network.offline = false;
    await tabTo(element, 'GIAY-BAO-TU', 'button[part="retry-button"]');
    await userEvent.keyboard('{Enter}');
    await until(() => element.value.length === 1, 'stored after the retry');
    expect(network.sent).toBe(2);
  }, 60_000);

  it('refuses a file too big or of the wrong type before sending anything', async () => {
    const network = new Network();
    // A smaller limit than the definition's 10 MB, so the browser is not handed megabytes to set.
    const small = structuredClone(death)!;
    small.documents = small.documents.map((d) => (d.code === 'GIAY-BAO-TU' ? { ...d, maxSizeMB: 0.05 } : d));
    const element = await mount({ definition: small, upload: client(network).attachments });
    const input = await tabTo(element, 'GIAY-BAO-TU', 'input[type="file"]');
    await userEvent.upload(input, new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }));
    await element.updateComplete;
    const error = (): string => row(element, 'GIAY-BAO-TU').querySelector('.error')?.textContent ?? '';
    expect(error()).toBe(
      'Tệp "virus.exe" (application/x-msdownload) không đúng loại được chấp nhận: chỉ nhận PDF, JPG, PNG.',
    );
    expect(input.getAttribute('aria-invalid')).toBe('true');
    // Announced as it appears: focus stays on the input, so nothing else would say it.
    expect(row(element, 'GIAY-BAO-TU').querySelector('.error')?.getAttribute('role')).toBe('alert');
    await userEvent.upload(input, pdf('lon.pdf', 60 * 1024));
    await element.updateComplete;
    expect(error()).toBe('Tệp "lon.pdf" (0,1 MB) vượt quá dung lượng cho phép 0,05 MB.');
    element.locale = 'en';
    await element.updateComplete;
    const english = row(element, 'GIAY-BAO-TU').querySelector('input');
    if (english === null) throw new Error('No file input');
    await userEvent.upload(english, pdf('big.pdf', 60 * 1024));
    await element.updateComplete;
    expect(error()).toBe('The file "big.pdf" (0.1 MB) is larger than the 0.05 MB allowed.');
    expect(network.sent).toBe(0);
    expect(element.value).toEqual([]);
  }, 60_000);

  it('offers an electronic copy the citizen has where the component allows one', async () => {
    const element = await mount({
      upload: client(new Network()).attachments,
      electronicCopies: [
        { id: 'ec-1', name: 'Giấy báo tử điện tử', documentCodes: ['GIAY-BAO-TU'], source: 'vneid' },
        { id: 'ec-2', name: 'Giấy chứng sinh điện tử', documentCodes: ['GIAY-CHUNG-SINH'], source: 'vneid' },
      ],
    });
    const reuse = await tabTo(element, 'GIAY-BAO-TU', 'button[part="reuse-button"]');
    expect(reuse.textContent.trim()).toBe('Dùng bản điện tử đã có: Giấy báo tử điện tử');
    expect(element.shadowRoot?.querySelectorAll('button[part="reuse-button"]')).toHaveLength(1);
    await userEvent.keyboard('{Enter}');
    await element.updateComplete;
    expect(element.value).toEqual([
      expect.objectContaining({
        documentCode: 'GIAY-BAO-TU',
        electronicCopyId: 'ec-1',
        attachmentId: 'ec-1',
      }),
    ]);
    expect(row(element, 'GIAY-BAO-TU').textContent).toContain('Dùng bản điện tử: Giấy báo tử điện tử');
    expect(element.validate()).toEqual([]);
  });
});
