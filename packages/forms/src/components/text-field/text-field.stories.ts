import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './text-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Text field',
  component: 'dvc-text-field',
  render: renderControl('dvc-text-field'),
  args: {
    label: 'Họ, chữ đệm và tên',
    hint: 'Ghi đầy đủ như trên giấy tờ tùy thân.',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('Nguyễn Thị Lan', 'Vui lòng nhập Họ, chữ đệm và tên.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;

/** The dark theme, with an error shown: the accessibility check measures its contrast. */
export const DarkTheme: Story = {
  args: { required: true, value: 'Nguyễn Thị Lan', error: 'Họ, chữ đệm và tên không hợp lệ.' },
  globals: { theme: 'dark' },
};

/** The high-contrast theme, with an error shown. */
export const HighContrastTheme: Story = {
  args: { required: true, value: 'Nguyễn Thị Lan', error: 'Họ, chữ đệm và tên không hợp lệ.' },
  globals: { theme: 'high-contrast' },
};
