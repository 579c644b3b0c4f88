import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import './country-field.js';
import './ethnic-group-field.js';
import type { DvcListField } from './list-field.js';

interface Args {
  list: 'country' | 'ethnic-group';
  label: string;
  value: string;
  error: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/List fields',
  render: (args) =>
    args.list === 'country'
      ? html`<dvc-country-field
          .label=${args.label}
          .value=${args.value}
          .error=${args.error}
        ></dvc-country-field>`
      : html`<dvc-ethnic-group-field
          .label=${args.label}
          .value=${args.value}
          .error=${args.error}
        ></dvc-ethnic-group-field>`,
  args: { list: 'country', label: 'Quốc tịch', value: '', error: '' },
};
export default meta;

type Story = StoryObj<Args>;

async function field(canvas: HTMLElement): Promise<DvcListField> {
  const element = canvas.querySelector<DvcListField>('dvc-country-field, dvc-ethnic-group-field')!;
  await element.whenLoaded();
  return element;
}

/** A nationality found by typing "han quoc", chosen with Enter: the code KR is stored. */
export const Nationality: Story = {
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    const input = element.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('han quoc{Enter}');
    await expect(element.value).toBe('KR');
    await expect(input).toHaveValue('Hàn Quốc');
  },
};

export const NationalityPrefilled: Story = { args: { value: 'VN' } };

/** The 54 ethnic groups, the list open. */
export const EthnicGroupOpen: Story = {
  args: { list: 'ethnic-group', label: 'Dân tộc' },
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    const input = element.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await expect(input).toHaveAttribute('aria-expanded', 'true');
  },
};

export const EthnicGroupWithError: Story = {
  args: { list: 'ethnic-group', label: 'Dân tộc', error: 'Vui lòng nhập Dân tộc.' },
};
