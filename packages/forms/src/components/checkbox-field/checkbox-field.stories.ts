import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './checkbox-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Checkbox field',
  component: 'dvc-checkbox-field',
  render: renderControl('dvc-checkbox-field'),
  args: {
    label: 'Tôi cam đoan những thông tin trên là đúng sự thật',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates(true, 'Vui lòng nhập Tôi cam đoan những thông tin trên là đúng sự thật.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
