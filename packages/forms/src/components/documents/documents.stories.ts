import { getProcedureDefinition } from '@dvc-kit/procedures';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import '../../documents.js';
import type {
  DocumentUploader,
  DvcDocuments,
  ElectronicCopy,
  UploadedDocumentFile,
} from '../../documents.js';

/**
 * The states of `<dvc-documents>`. The stories need no portal: their upload hooks stand in for
 * `client.attachments` (one that stops at 40 %, one that fails, one that fails once and then
 * stops at 40 %); the browser tests upload to a real sandbox. Where a state needs a person's
 * action, the play function presses the row's button with the keyboard (Storybook's user-event
 * does not tab into shadow roots: it focuses the button, then presses Enter); choosing a file is
 * the file input's change, as a file dialog gives it.
 */
type DocumentsArgs = { slug: string; channel: 'online' | 'in-person' | 'postal'; state: State };
type State = 'empty' | 'uploading' | 'uploaded' | 'error' | 'retry' | 'copy' | 'lost';

/** Reports 40 % of the file sent, then never answers (the upload stays on its way). */
function stalled(request: Parameters<DocumentUploader['upload']>[0]): Promise<UploadedDocumentFile> {
  const total = request.file.size;
  request.onProgress?.({ loaded: Math.round(total * 0.4), total });
  return new Promise<UploadedDocumentFile>(() => undefined);
}

const uploaders: Record<'waiting' | 'failing' | 'flaky', () => DocumentUploader> = {
  waiting: () => ({ upload: stalled }),
  failing: () => ({ upload: () => Promise.reject(new Error('Không nhận được phản hồi từ Cổng.')) }),
  flaky: () => {
    let calls = 0;
    return {
      upload: (request) =>
        calls++ === 0 ? Promise.reject(new Error('Không nhận được phản hồi từ Cổng.')) : stalled(request),
    };
  },
};

/** The citizen's electronic death notice, as `client.profile.retrieve()` lists it. */
const deathNotice: ElectronicCopy = {
  id: 'ec_hoa_giay_bao_tu',
  name: { vi: 'Giấy báo tử điện tử', en: 'Electronic death notice' },
  documentCodes: ['GIAY-BAO-TU'],
  source: 'vneid',
};

function render(args: DocumentsArgs, context: StoryContext<DocumentsArgs>): HTMLElement {
  const element = document.createElement('dvc-documents');
  Object.assign(element, {
    locale: context.globals['locale'] === 'en' ? 'en' : 'vi',
    definition: getProcedureDefinition(args.slug),
    channel: args.channel,
    upload: uploaders[args.state === 'error' ? 'failing' : args.state === 'retry' ? 'flaky' : 'waiting'](),
    electronicCopies: args.state === 'copy' ? [deathNotice] : [],
  });
  if (args.state === 'uploaded') {
    element.value = [
      {
        documentCode: 'GIAY-BAO-TU',
        attachmentId: 'att_0123456789abcdef01234567',
        fileName: 'giay-bao-tu.pdf',
        contentType: 'application/pdf',
        size: 182_044,
      },
    ];
  }
  if (args.state === 'lost') {
    // What a draft kept of a file that was still on its way when the page was reloaded.
    element.unsent = [
      {
        documentCode: 'GIAY-BAO-TU',
        fileName: 'giay-bao-tu.pdf',
        contentType: 'application/pdf',
        size: 182_044,
      },
    ];
  }
  return element;
}

async function documentsIn(canvasElement: HTMLElement): Promise<DvcDocuments> {
  const element = canvasElement.querySelector<DvcDocuments>('dvc-documents');
  if (element === null) throw new Error('No <dvc-documents> rendered');
  await element.updateComplete;
  return element;
}

/** The death notice's row. */
function row(element: DvcDocuments): HTMLElement {
  const found = element.shadowRoot?.querySelector<HTMLElement>('[data-code="GIAY-BAO-TU"]');
  if (found === null || found === undefined) throw new Error('No row for the death notice');
  return found;
}

/** Chooses a file for the death notice as a file dialog gives it (the file input's change). */
async function chooseFile(element: DvcDocuments, file: File): Promise<void> {
  const input = row(element).querySelector<HTMLInputElement>('input[type="file"]');
  if (input === null) throw new Error('No file input');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Focuses a button of the death notice's row and presses Enter, as a keyboard user does. */
async function press(element: DvcDocuments, part: string): Promise<void> {
  const button = row(element).querySelector<HTMLButtonElement>(`button[part="${part}"]`);
  if (button === null) throw new Error(`No ${part}`);
  button.focus();
  await userEvent.keyboard('{Enter}');
  await element.updateComplete;
}

/** Waits (at most 5 s) until `check` holds: an upload's failure arrives after a turn of the event loop. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  await expect(check()).toBe(true);
}

const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'giay-bao-tu.pdf', { type: 'application/pdf' });

const meta: Meta<DocumentsArgs> = {
  title: 'Form/Documents',
  component: 'dvc-documents',
  render,
  args: { slug: 'death-registration', channel: 'online', state: 'empty' },
  argTypes: {
    channel: { control: 'select', options: ['online', 'in-person', 'postal'] },
    state: {
      control: 'select',
      options: ['empty', 'uploading', 'uploaded', 'error', 'retry', 'copy', 'lost'],
    },
  },
};
export default meta;

type Story = StoryObj<DocumentsArgs>;

/** Nothing attached yet: the death notice is required, the declaration is the e-form, ID is shown at the counter. */
export const Empty: Story = {};

/** A file on its way: its progress (40 %) and Cancel. */
export const Uploading: Story = {
  args: { state: 'uploading' },
  play: async ({ canvasElement }) => {
    const element = await documentsIn(canvasElement);
    await chooseFile(element, pdf);
    await expect(row(element).querySelector('progress')?.value).toBe(40);
    await expect(row(element).querySelector('button[part="cancel-button"]')).not.toBeNull();
  },
};

/** A stored file, with Remove. */
export const Uploaded: Story = { args: { state: 'uploaded' } };

/** The upload failed: the reason, Retry and Remove. */
export const UploadError: Story = {
  args: { state: 'error' },
  play: async ({ canvasElement }) => {
    const element = await documentsIn(canvasElement);
    await chooseFile(element, pdf);
    await until(() => row(element).querySelector('button[part="retry-button"]') !== null);
  },
};

/** Retry pressed with the keyboard after a failure: the file is on its way again. */
export const Retry: Story = {
  args: { state: 'retry' },
  play: async ({ canvasElement }) => {
    const element = await documentsIn(canvasElement);
    await chooseFile(element, pdf);
    await until(() => row(element).querySelector('button[part="retry-button"]') !== null);
    await press(element, 'retry-button');
    await expect(row(element).querySelector('progress')?.value).toBe(40);
  },
};

/** A file over the component's 10 MB, refused before anything is sent. */
export const RefusedTooBig: Story = {
  play: async ({ canvasElement }) => {
    const element = await documentsIn(canvasElement);
    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'giay-bao-tu.pdf', { type: 'application/pdf' });
    await chooseFile(element, big);
    await expect(row(element).querySelector('[part="error"]')).not.toBeNull();
    await expect(element.value).toEqual([]);
  },
};

/** A file of the wrong type, refused before anything is sent. */
export const RefusedBeforeUpload: Story = {
  play: async ({ canvasElement }) => {
    const element = await documentsIn(canvasElement);
    await chooseFile(element, new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' }));
    await expect(row(element).querySelector('[part="error"]')).not.toBeNull();
  },
};

/** "Dùng bản điện tử đã có" offered: the citizen's profile holds an electronic death notice. */
export const ElectronicCopyOffered: Story = { args: { state: 'copy' } };

/** The electronic copy used (Enter on "Dùng bản điện tử đã có"): a reference, no file uploaded. */
export const ReusedElectronicCopy: Story = {
  args: { state: 'copy' },
  play: async ({ canvasElement }) => {
    const element = await documentsIn(canvasElement);
    await press(element, 'reuse-button');
    await expect(element.value).toEqual([
      expect.objectContaining({ documentCode: 'GIAY-BAO-TU', electronicCopyId: 'ec_hoa_giay_bao_tu' }),
    ]);
  },
};

/** After a reload, a file that had not finished uploading: the row says to choose it again. */
export const ChooseAgainAfterReload: Story = { args: { state: 'lost' } };

/** At the counter: the declaration is paper again; papers to show are shown, not uploaded. */
export const AtTheCounter: Story = { args: { channel: 'in-person' } };

/** Birth registration online: every component waived, replaced by the e-form or state data, or shown. */
export const WaivedOrReplaced: Story = { args: { slug: 'birth-registration' } };
