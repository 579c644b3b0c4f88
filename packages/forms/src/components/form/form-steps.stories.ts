import { getProcedureDefinition, procedureSamples } from '@dvc-kit/procedures';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { sampleUnits } from '../../../test/browser/helpers/sample-units.js';
import '../../documents.js';
import './form.js';
import type { DvcForm } from './form.js';

/** The args of a step story: the procedure, the step shown, and whether its answers are filled. */
type StepArgs = { slug: string; step: string; filled: boolean; noReview: boolean; documents?: boolean };

function render(args: StepArgs, context: StoryContext<StepArgs>): HTMLElement {
  const form = document.createElement('dvc-form');
  Object.assign(form, {
    locale: context.globals['locale'] === 'en' ? 'en' : 'vi',
    definition: getProcedureDefinition(args.slug),
    data: args.filled ? (procedureSamples(args.slug).valid as Record<string, unknown>) : undefined,
    adminUnits: sampleUnits,
    step: args.step,
    noReview: args.noReview,
  });
  if (args.documents === true) {
    // A death registration's notice reused from the citizen's electronic copies, and an uploaded paper.
    form.documents = [
      {
        documentCode: 'GIAY-BAO-TU',
        attachmentId: 'ec_hoa_giay_bao_tu',
        electronicCopyId: 'ec_hoa_giay_bao_tu',
        fileName: 'Giấy báo tử điện tử',
        contentType: 'application/pdf',
        size: 0,
      },
      {
        documentCode: 'VB-UY-QUYEN',
        attachmentId: 'att_0123456789abcdef01234567',
        fileName: 'uy-quyen.pdf',
        contentType: 'application/pdf',
        size: 48_213,
      },
    ];
  }
  return form;
}

async function formOf(canvasElement: HTMLElement): Promise<DvcForm> {
  const form = canvasElement.querySelector<DvcForm>('dvc-form');
  if (form === null) throw new Error('No <dvc-form> rendered');
  await form.updateComplete;
  return form;
}

/** Presses Continue on the empty first step: the step's messages and the summary show, the step stays. */
async function continueEmpty({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const form = await formOf(canvasElement);
  form.shadowRoot?.querySelector<HTMLButtonElement>('[part="continue-button"]')?.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await form.updateComplete;
  const summary = form.shadowRoot?.querySelector('dvc-error-summary');
  if (summary === null || summary === undefined || summary.hidden) throw new Error('No error summary shown');
  if (form.step !== 'child') throw new Error(`Continue left the invalid step for ${form.step}`);
}

/**
 * A procedure whose definition has `layout.steps` is a wizard: one step at a time, "Bước 2/4",
 * Tiếp tục / Quay lại, then "Kiểm tra thông tin trước khi nộp". Each story shows one step of the
 * birth registration (filled with its sample), and the review with the fees.
 */
const meta: Meta<StepArgs> = {
  title: 'Form/Steps and check your answers',
  component: 'dvc-form',
  render,
  args: { slug: 'birth-registration', step: 'child', filled: true, noReview: false },
  argTypes: {
    step: { control: 'select', options: ['child', 'parents', 'proof', 'applicant', 'review'] },
  },
};
export default meta;

type Story = StoryObj<StepArgs>;

export const Step1Child: Story = { args: { step: 'child' } };
export const Step2Parents: Story = { args: { step: 'parents' } };
export const Step3Proof: Story = { args: { step: 'proof' } };
export const Step4Applicant: Story = { args: { step: 'applicant' } };
export const CheckYourAnswers: Story = { args: { step: 'review' } };
export const ContinueWithErrors: Story = { args: { step: 'child', filled: false }, play: continueEmpty };
/** Check your answers with documents: a file uploaded, and an electronic copy on file (no upload). */
export const CheckYourAnswersWithDocuments: Story = {
  args: { slug: 'death-registration', step: 'review', documents: true },
  play: async ({ canvasElement }) => {
    const form = await formOf(canvasElement);
    const listed = form.shadowRoot?.querySelector('[part~="review-documents"]')?.textContent ?? '';
    if (!listed.includes('Giấy báo tử điện tử (bản điện tử đã có)') || !listed.includes('uy-quyen.pdf'))
      throw new Error(`The review does not list the documents: ${listed}`);
  },
};
export const LastStepWithoutReview: Story = { args: { step: 'applicant', noReview: true } };
