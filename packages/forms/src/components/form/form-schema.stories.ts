import type { Meta, StoryObj } from '@storybook/web-components-vite';
import './form.js';
import type { DvcForm } from './form.js';

/** A JSON Schema with no x-dvc extensions: `title` labels, `description` hints, `enum` choices. */
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Phản ánh, kiến nghị',
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', description: 'Như trên giấy tờ tùy thân', minLength: 2 },
    phone: { type: 'string', title: 'Số điện thoại', format: 'vn-mobile' },
    topic: { enum: ['road', 'lighting', 'waste'], title: 'Lĩnh vực' },
    happenedOn: { type: 'string', format: 'date', title: 'Ngày xảy ra' },
    details: { type: 'string', title: 'Nội dung', maxLength: 2000 },
  },
  required: ['fullName', 'phone', 'topic', 'details'],
};

type SchemaArgs = { locale: 'vi' | 'en' };

const meta: Meta<SchemaArgs> = {
  title: 'Form/Plain JSON Schema',
  component: 'dvc-form',
  render: (args) => {
    const form = document.createElement('dvc-form');
    Object.assign(form, { definition: schema, locale: args.locale });
    return form;
  },
  args: { locale: 'vi' },
};
export default meta;

type Story = StoryObj<SchemaArgs>;

export const Empty: Story = {};
export const WithErrors: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector<DvcForm>('dvc-form');
    if (form === null) throw new Error('No <dvc-form> rendered');
    await form.updateComplete;
    if (await form.submit()) throw new Error('The empty form was accepted');
  },
};
export const English: Story = { args: { locale: 'en' } };
