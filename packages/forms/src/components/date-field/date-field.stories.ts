import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './date-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Date field',
  component: 'dvc-date-field',
  render: renderControl('dvc-date-field'),
  args: {
    label: 'Ngày sinh',
    hint: 'Ví dụ: 05/09/2024',
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('1992-09-05', 'Ngày tháng không tồn tại, vui lòng kiểm tra lại.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;

/** The calendar opens from its button and is driven by the keyboard. */
export const KeyboardCalendar: Story = {
  args: { value: '2024-01-31' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('dvc-date-field')!;
    const button = host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="calendar-button"]')!;
    await userEvent.click(button);
    await host.updateComplete; // The calendar is a chunk of its own, loaded on the first open.
    await userEvent.keyboard('{PageDown}{ArrowRight}{Enter}');
    await expect(host.value).toBe('2024-03-01');
  },
};

/** The calendar dialog left open, so the accessibility check covers it. */
export const CalendarOpen: Story = {
  args: { value: '2025-07-01' },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('dvc-date-field')!;
    await userEvent.click(host.shadowRoot!.querySelector<HTMLButtonElement>('[part~="calendar-button"]')!);
    await host.updateComplete; // The calendar is a chunk of its own, loaded on the first open.
    await expect(host.shadowRoot!.querySelector('[role="dialog"]')).not.toBeNull();
  },
};
