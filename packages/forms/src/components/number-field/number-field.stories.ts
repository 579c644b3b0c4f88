import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './number-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Number field',
  component: 'dvc-number-field',
  render: renderControl('dvc-number-field'),
  args: {
    label: 'Số bản sao',
    hint: 'Từ 1 đến 10 bản.',
    schema: { type: 'integer', minimum: 1, maximum: 10 },
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates(2, 'Phải lớn hơn hoặc bằng 1.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
