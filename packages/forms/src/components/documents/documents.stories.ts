import { getProcedureDefinition } from '@dvc-kit/procedures';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import '../../documents.js';
import type { DocumentUploader, DvcDocuments, UploadedDocumentFile } from '../../documents.js';

/**
 * The states of `<dvc-documents>`. The stories need no portal: their upload hooks stand in for
 * `client.attachments` (one that never answers, one that fails); the browser tests upload to a
 * real sandbox.
 */
type DocumentsArgs = { slug: string; channel: 'online' | 'in-person' | 'postal'; state: State };
type State = 'empty' | 'uploading' | 'uploaded' | 'error' | 'reused' | 'refused';

const waiting: DocumentUploader = {
  upload: () => new Promise<UploadedDocumentFile>(() => undefined),
};
const failing: DocumentUploader = {
  upload: () => Promise.reject(new Error('Không nhận được phản hồi từ Cổng.')),
};

function render(args: DocumentsArgs, context: StoryContext<DocumentsArgs>): HTMLElement {
  const element = document.createElement('dvc-documents');
  Object.assign(element, {
    locale: context.globals['locale'] === 'en' ? 'en' : 'vi',
    definition: getProcedureDefinition(args.slug),
    channel: args.channel,
    upload: args.state === 'error' ? failing : waiting,
    electronicCopies:
      args.state === 'reused'
        ? [{ id: 'ec-bao-tu', name: 'Giấy báo tử điện tử', documentCodes: ['GIAY-BAO-TU'], source: 'vneid' }]
        : [],
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
  return element;
}

/** Chooses a file for the death notice as a person would (the file input's change). */
function choose(file: File) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const element = canvasElement.querySelector<DvcDocuments>('dvc-documents');
    if (element === null) throw new Error('No <dvc-documents> rendered');
    await element.updateComplete;
    const input = element.shadowRoot?.querySelector<HTMLInputElement>('[data-code="GIAY-BAO-TU"] input');
    if (input === null || input === undefined) throw new Error('No file input');
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
  };
}

/** Uses the electronic copy offered. */
async function reuse({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const element = canvasElement.querySelector<DvcDocuments>('dvc-documents');
  await element?.updateComplete;
  element?.shadowRoot?.querySelector<HTMLButtonElement>('button[part="reuse-button"]')?.click();
  await element?.updateComplete;
  if (element?.value.length !== 1) throw new Error('The electronic copy was not used');
}

const pdf = new File(['%PDF-1.4\n%%EOF\n'], 'giay-bao-tu.pdf', { type: 'application/pdf' });

const meta: Meta<DocumentsArgs> = {
  title: 'Form/Documents',
  component: 'dvc-documents',
  render,
  args: { slug: 'death-registration', channel: 'online', state: 'empty' },
  argTypes: {
    channel: { control: 'select', options: ['online', 'in-person', 'postal'] },
    state: { control: 'select', options: ['empty', 'uploading', 'uploaded', 'error', 'reused', 'refused'] },
  },
};
export default meta;

type Story = StoryObj<DocumentsArgs>;

/** Nothing attached yet: the death notice is required, the declaration is the e-form, ID is shown at the counter. */
export const Empty: Story = {};
/** A file on its way, with its progress and Cancel. */
export const Uploading: Story = { args: { state: 'uploading' }, play: choose(pdf) };
/** A stored file, with Remove. */
export const Uploaded: Story = { args: { state: 'uploaded' } };
/** The upload failed: the reason, Retry and Remove. */
export const UploadError: Story = { args: { state: 'error' }, play: choose(pdf) };
/** A file of the wrong type, refused before anything is sent. */
export const RefusedBeforeUpload: Story = {
  args: { state: 'refused' },
  play: choose(new File(['MZ'], 'virus.exe', { type: 'application/x-msdownload' })),
};
/** "Dùng bản điện tử đã có": the citizen's electronic death notice stands in for a scan. */
export const ReusedElectronicCopy: Story = { args: { state: 'reused' }, play: reuse };
/** At the counter: the declaration is paper again; papers to show are shown, not uploaded. */
export const AtTheCounter: Story = { args: { channel: 'in-person' } };
/** Birth registration online: every component waived, replaced by the e-form or state data, or shown. */
export const WaivedOrReplaced: Story = { args: { slug: 'birth-registration' } };
