import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './phone-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Phone field',
  component: 'dvc-phone-field',
  render: renderControl('dvc-phone-field'),
  args: {
    label: 'Số điện thoại di động',
    hint: 'Ví dụ: 0912345678',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('0912345678', 'Số điện thoại không hợp lệ.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
