import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './date-time-field.js';
import type { DvcDateTimeField } from './date-time-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Date-time field',
  component: 'dvc-date-time-field',
  render: renderControl('dvc-date-time-field'),
  args: {
    label: 'Thời điểm xảy ra sự việc',
    hint: 'Theo giờ Việt Nam.',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('2025-07-01T09:30:00+07:00', 'Vui lòng nhập ngày giờ hợp lệ.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;

/** Typed as read: the date, then the time; the value is RFC 3339. */
export const TypedAsRead: Story = {
  play: async ({ canvasElement }) => {
    const field = canvasElement.querySelector<DvcDateTimeField>('dvc-date-time-field')!;
    const [date, time] = field.shadowRoot!.querySelectorAll('input');
    await userEvent.type(date!, '01/07/2025');
    await userEvent.type(time!, '14:05');
    await expect(field.value).toBe('2025-07-01T14:05:00+07:00');
  },
};
