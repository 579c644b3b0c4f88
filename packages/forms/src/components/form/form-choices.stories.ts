import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './form.js';
import type { DvcForm } from './form.js';

/**
 * Choices and open objects in a plain JSON Schema: a `oneOf` of object shapes (a radio group, then
 * the chosen branch's fields), a `oneOf` of `const` + `title` (radios with the titles), and an
 * `additionalProperties` object (a key-value editor: key, value, "Thêm mục" / "Xóa mục").
 */
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Đăng ký nhận kết quả',
  properties: {
    delivery: {
      title: 'Cách nhận kết quả',
      oneOf: [
        {
          title: 'Nhận tại bộ phận một cửa',
          type: 'object',
          properties: { office: { type: 'string', title: 'Bộ phận một cửa' } },
          required: ['office'],
        },
        {
          title: 'Nhận qua bưu chính',
          type: 'object',
          properties: {
            address: { type: 'string', title: 'Địa chỉ nhận' },
            phone: { type: 'string', title: 'Số điện thoại người nhận' },
          },
          required: ['address'],
        },
      ],
    },
    copies: {
      title: 'Hình thức bản sao',
      oneOf: [
        { const: 'paper', title: 'Bản giấy' },
        { const: 'electronic', title: 'Bản điện tử' },
      ],
    },
    notes: {
      type: 'object',
      title: 'Ghi chú thêm',
      description: 'Mỗi mục một tên và một nội dung.',
      additionalProperties: { type: 'string', maxLength: 200 },
    },
  },
  required: ['delivery', 'copies'],
};

type ChoicesArgs = { locale: 'vi' | 'en'; data: Record<string, unknown> | undefined };

const meta: Meta<ChoicesArgs> = {
  title: 'Form/Choices and open objects',
  component: 'dvc-form',
  render: (args) => {
    const form = document.createElement('dvc-form');
    Object.assign(form, { definition: schema, locale: args.locale, data: args.data });
    return form;
  },
  args: { locale: 'vi', data: undefined },
};
export default meta;

type Story = StoryObj<ChoicesArgs>;

/** A new form: the first branch is shown, the key-value editor offers "Thêm mục". */
export const Empty: Story = {};

/** Given data: the postal branch chosen from the data, two entries in the key-value editor. */
export const Filled: Story = {
  args: {
    data: {
      delivery: { address: '1 Tràng Tiền, Hà Nội', phone: '0912345678' },
      copies: 'electronic',
      notes: { 'Giờ nhận': 'Buổi sáng', 'Người nhận thay': 'Nguyễn Văn B' },
    },
  },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<DvcForm>('dvc-form');
    if (form === null) throw new Error('No <dvc-form> rendered');
    await form.updateComplete;
    const keys = form.shadowRoot?.querySelectorAll('dvc-form-entries .entry-key').length;
    if (keys !== 2) throw new Error(`Expected 2 entries, found ${String(keys)}`);
    if (!(await form.submit())) throw new Error('The filled form was refused');
  },
};

/** "Thêm mục" pressed: a new entry with its key selected, then submitted empty to show the messages. */
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<DvcForm>('dvc-form');
    if (form === null) throw new Error('No <dvc-form> rendered');
    await form.updateComplete;
    form.shadowRoot?.querySelector<HTMLButtonElement>('dvc-form-entries [part~="add-button"]')?.click();
    if (await form.submit()) throw new Error('The empty form was accepted');
  },
};

export const English: Story = { args: { locale: 'en' } };
