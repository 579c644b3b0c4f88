import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './email-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Email field',
  component: 'dvc-email-field',
  render: renderControl('dvc-email-field'),
  args: {
    label: 'Thư điện tử',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('lan.nguyen@example.vn', 'Vui lòng nhập Thư điện tử.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
