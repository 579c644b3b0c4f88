import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './money-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Money field',
  component: 'dvc-money-field',
  render: renderControl('dvc-money-field'),
  args: {
    label: 'Lệ phí',
    hint: 'Số tiền bằng đồng.',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates(1500000, 'Vui lòng nhập Lệ phí.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
