import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './tax-code-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Tax code field',
  component: 'dvc-tax-code-field',
  render: renderControl('dvc-tax-code-field'),
  args: {
    label: 'Mã số thuế',
    hint: '10 chữ số, hoặc 13 chữ số với chi nhánh.',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('0100109106', 'Mã số thuế không hợp lệ.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;

function field(canvasElement: HTMLElement): {
  host: HTMLElement & { value: string; error: string };
  input: HTMLInputElement;
} {
  const host = canvasElement.querySelector('dvc-tax-code-field')!;
  return { host, input: host.shadowRoot!.querySelector('input')! };
}

/** A wrong check digit is reported when the field is left, with the validation core's message. */
export const RejectsAWrongCheckDigit: Story = {
  play: async ({ canvasElement }) => {
    const { host, input } = field(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard('0100233480');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(host.error).toBe('Mã số thuế không đúng (sai chữ số kiểm tra).');
  },
};

/** A valid code shows no error. */
export const AcceptsAValidCode: Story = {
  play: async ({ canvasElement }) => {
    const { host, input } = field(canvasElement);
    await userEvent.click(input);
    await userEvent.keyboard('0100109106');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'false');
    await expect(host.value).toBe('0100109106');
  },
};
