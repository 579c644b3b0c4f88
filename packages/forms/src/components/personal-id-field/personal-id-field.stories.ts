import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './personal-id-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Personal id field',
  component: 'dvc-personal-id-field',
  render: renderControl('dvc-personal-id-field'),
  args: {
    label: 'Số định danh cá nhân',
    hint: '12 chữ số trên thẻ căn cước.',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('001192001234', 'Số định danh cá nhân phải gồm 12 chữ số.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
