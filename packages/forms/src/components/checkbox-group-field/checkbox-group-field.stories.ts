import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './checkbox-group-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Checkbox group field',
  component: 'dvc-checkbox-group-field',
  render: renderControl('dvc-checkbox-group-field'),
  args: {
    label: 'Hình thức nhận kết quả',
    hint: 'Có thể chọn nhiều hình thức.',
    options: [
      { value: 'online', label: 'Nhận trực tuyến' },
      { value: 'post', label: 'Qua dịch vụ bưu chính' },
      { value: 'counter', label: 'Tại bộ phận một cửa' },
    ],
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates(['online', 'post'], 'Vui lòng nhập Hình thức nhận kết quả.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;
