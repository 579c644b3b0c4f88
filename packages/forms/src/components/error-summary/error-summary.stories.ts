import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import './error-summary.js';
import type { ErrorSummaryItem } from './error-summary.js';

type SummaryArgs = { items: ErrorSummaryItem[] };

const titles = { vi: 'Có lỗi trong biểu mẫu', en: 'There is a problem' };

function render(args: SummaryArgs, context: StoryContext<SummaryArgs>): HTMLElement {
  const summary = document.createElement('dvc-error-summary');
  summary.heading = context.globals['locale'] === 'en' ? titles.en : titles.vi;
  summary.items = args.items;
  return summary;
}

const meta: Meta<SummaryArgs> = {
  title: 'Form/Error summary',
  component: 'dvc-error-summary',
  render,
  args: { items: [] },
};
export default meta;

type Story = StoryObj<SummaryArgs>;

export const Empty: Story = {};
export const WithProblems: Story = {
  args: {
    items: [
      { pointer: '/applicant/fullName', message: 'Vui lòng nhập Họ, chữ đệm và tên.' },
      { pointer: '/applicant/phone', message: 'Số điện thoại di động không đúng.' },
      { pointer: '', message: 'Hồ sơ này đã được nộp.' },
    ],
  },
};
