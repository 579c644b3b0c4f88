import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './textarea-field.js';
import type { DvcTextareaField } from './textarea-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Textarea field',
  component: 'dvc-textarea-field',
  render: renderControl('dvc-textarea-field'),
  args: {
    label: 'Nội dung yêu cầu',
    hint: 'Nêu rõ lý do.',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('Xin cấp 2 bản sao trích lục khai sinh.', 'Vui lòng nhập Nội dung yêu cầu.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;

/** Several lines typed with Enter stay several lines in the value. */
export const KeepsNewlines: Story = {
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<DvcTextareaField>('dvc-textarea-field')!;
    await userEvent.click(field.shadowRoot!.querySelector('textarea')!);
    await userEvent.keyboard('Kính gửi UBND xã{Enter}{Enter}Ký tên');
    await expect(field.value).toBe('Kính gửi UBND xã\n\nKý tên');
  },
};
