import { getProcedureDefinition, procedureSamples } from '@dvc-kit/procedures';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import './form.js';
import type { DvcForm } from './form.js';

/** The args of a form story. */
type FormArgs = {
  slug: string;
  filled: boolean;
  disabled: boolean;
  readonly: boolean;
};

function render(args: FormArgs, context: StoryContext<FormArgs>): HTMLElement {
  const form = document.createElement('dvc-form');
  const locale = context.globals['locale'] === 'en' ? 'en' : 'vi';
  Object.assign(form, {
    locale,
    definition: getProcedureDefinition(args.slug),
    data: args.filled ? (procedureSamples(args.slug).valid as Record<string, unknown>) : undefined,
    disabled: args.disabled,
    readonly: args.readonly,
  });
  return form;
}

/** Submits the empty form so every message and the error summary show. */
async function showErrors({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const form = canvasElement.querySelector<DvcForm>('dvc-form');
  if (form === null) throw new Error('No <dvc-form> rendered');
  await form.updateComplete;
  if (await form.submit()) throw new Error('The empty form was accepted');
  const summary = form.shadowRoot?.querySelector('dvc-error-summary');
  if (summary === null || summary === undefined || summary.hidden) throw new Error('No error summary shown');
}

const meta: Meta<FormArgs> = {
  title: 'Form/Reference procedures',
  component: 'dvc-form',
  render,
  args: { slug: 'death-registration', filled: false, disabled: false, readonly: false },
  argTypes: {
    slug: {
      control: 'select',
      options: [
        'birth-registration',
        'death-registration',
        'household-business-registration',
        'judicial-record-certificate',
        'marriage-registration',
        'permanent-residence-registration',
      ],
    },
  },
};
export default meta;

type Story = StoryObj<FormArgs>;

function states(slug: string): Record<'empty' | 'filled' | 'errors' | 'disabled' | 'readOnly', Story> {
  return {
    empty: { args: { slug } },
    filled: { args: { slug, filled: true } },
    errors: { args: { slug }, play: showErrors },
    disabled: { args: { slug, filled: true, disabled: true } },
    readOnly: { args: { slug, filled: true, readonly: true } },
  };
}

const birth = states('birth-registration');
const death = states('death-registration');
const business = states('household-business-registration');
const judicial = states('judicial-record-certificate');
const marriage = states('marriage-registration');
const residence = states('permanent-residence-registration');

export const BirthRegistrationEmpty: Story = birth.empty;
export const BirthRegistrationFilled: Story = birth.filled;
export const BirthRegistrationWithErrors: Story = birth.errors;
export const BirthRegistrationDisabled: Story = birth.disabled;
export const BirthRegistrationReadOnly: Story = birth.readOnly;
export const DeathRegistrationEmpty: Story = death.empty;
export const DeathRegistrationFilled: Story = death.filled;
export const DeathRegistrationWithErrors: Story = death.errors;
export const DeathRegistrationDisabled: Story = death.disabled;
export const DeathRegistrationReadOnly: Story = death.readOnly;
export const HouseholdBusinessEmpty: Story = business.empty;
export const HouseholdBusinessFilled: Story = business.filled;
export const HouseholdBusinessWithErrors: Story = business.errors;
export const HouseholdBusinessDisabled: Story = business.disabled;
export const HouseholdBusinessReadOnly: Story = business.readOnly;
export const JudicialRecordEmpty: Story = judicial.empty;
export const JudicialRecordFilled: Story = judicial.filled;
export const JudicialRecordWithErrors: Story = judicial.errors;
export const JudicialRecordDisabled: Story = judicial.disabled;
export const JudicialRecordReadOnly: Story = judicial.readOnly;
export const MarriageRegistrationEmpty: Story = marriage.empty;
export const MarriageRegistrationFilled: Story = marriage.filled;
export const MarriageRegistrationWithErrors: Story = marriage.errors;
export const MarriageRegistrationDisabled: Story = marriage.disabled;
export const MarriageRegistrationReadOnly: Story = marriage.readOnly;
export const PermanentResidenceEmpty: Story = residence.empty;
export const PermanentResidenceFilled: Story = residence.filled;
export const PermanentResidenceWithErrors: Story = residence.errors;
export const PermanentResidenceDisabled: Story = residence.disabled;
export const PermanentResidenceReadOnly: Story = residence.readOnly;
