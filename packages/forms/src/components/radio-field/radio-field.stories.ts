import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './radio-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Radio field',
  component: 'dvc-radio-field',
  render: renderControl('dvc-radio-field'),
  args: {
    label: 'Loại trích lục',
    options: [
      { value: 'birth', label: 'Khai sinh' },
      { value: 'marriage', label: 'Kết hôn' },
      { value: 'death', label: 'Khai tử' },
    ],
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('birth', 'Vui lòng nhập Loại trích lục.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
