/**
 * A placeholder until @dvc-kit/forms ships its widgets: a plain, accessible tax-code field checked by
 * @dvc-kit/validation, so the Storybook pipeline (render, play, axe) runs a real story from day one.
 */
import { isTaxCode } from '@dvc-kit/validation';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, within } from 'storybook/test';

interface Args {
  label: string;
  value: string;
}

function check(event: Event): void {
  const input = event.currentTarget as HTMLInputElement;
  const message = input.ownerDocument.getElementById(`${input.id}-error`);
  const valid = input.value === '' || isTaxCode(input.value);
  input.setAttribute('aria-invalid', String(!valid));
  if (message) message.textContent = valid ? '' : 'Mã số thuế không hợp lệ.';
}

const meta: Meta<Args> = {
  title: 'Foundations/Tax code field',
  args: { label: 'Mã số thuế', value: '' },
  render: ({ label, value }) => html`
    <div style="display: grid; gap: 0.25rem; max-width: 20rem; font-family: system-ui, sans-serif">
      <label for="tax-code">${label}</label>
      <input
        id="tax-code"
        name="taxCode"
        inputmode="numeric"
        autocomplete="off"
        aria-describedby="tax-code-error"
        .value=${value}
        @blur=${check}
      />
      <p id="tax-code-error" role="status" style="color: #b00020; margin: 0"></p>
    </div>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {};

export const RejectsAWrongCheckDigit: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Mã số thuế');
    await userEvent.type(input, '0100233480');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('status')).toHaveTextContent('Mã số thuế không hợp lệ.');
  },
};

export const AcceptsAValidCode: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Mã số thuế');
    await userEvent.type(input, '0100109106');
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'false');
  },
};
