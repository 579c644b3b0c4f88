import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent } from 'storybook/test';
import { controlStates, renderControl, type ControlArgs } from '../../../../../.storybook/control-stories.js';
import './select-field.js';

const meta: Meta<ControlArgs> = {
  title: 'Widgets/Select field',
  component: 'dvc-select-field',
  render: renderControl('dvc-select-field'),
  args: {
    label: 'Loại giấy tờ',
    options: [
      { value: 'cccd', label: 'Căn cước công dân' },
      { value: 'passport', label: 'Hộ chiếu' },
      { value: 'other', label: 'Giấy tờ khác' },
    ],
  },
};
export default meta;

type Story = StoryObj<ControlArgs>;
const states = controlStates('cccd', 'Vui lòng nhập Loại giấy tờ.');

export const Empty: Story = states['empty']!;
export const Filled: Story = states['filled']!;
export const WithError: Story = states['withError']!;
export const Disabled: Story = states['disabled']!;
export const ReadOnly: Story = states['readOnly']!;

const PROVINCES = [
  'Hà Nội',
  'Cao Bằng',
  'Tuyên Quang',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Lào Cai',
  'Thái Nguyên',
  'Lạng Sơn',
  'Quảng Ninh',
  'Bắc Ninh',
  'Phú Thọ',
  'Hải Phòng',
  'Hưng Yên',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Huế',
  'Đà Nẵng',
  'Quảng Ngãi',
  'Gia Lai',
  'Khánh Hòa',
  'Đắk Lắk',
  'Lâm Đồng',
  'Đồng Nai',
  'TP Hồ Chí Minh',
  'Tây Ninh',
  'Đồng Tháp',
  'Vĩnh Long',
  'An Giang',
  'Cần Thơ',
  'Cà Mau',
].map((label, i) => ({ value: String(i + 1), label }));

/** With more than ten options the select is a searchable combobox; typing without diacritics finds. */
export const Searchable: Story = {
  args: { label: 'Tỉnh, thành phố', hint: 'Gõ để tìm.', options: PROVINCES },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('dvc-select-field')!;
    const input = host.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('da nang');
    await userEvent.keyboard('{Enter}');
    await expect(host.value).toBe('21');
    await expect(input).toHaveValue('Đà Nẵng');
  },
};

/** The searchable list open, so the accessibility check covers the listbox. */
export const SearchableOpen: Story = {
  args: { label: 'Tỉnh, thành phố', options: PROVINCES },
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('dvc-select-field')!;
    const input = host.shadowRoot!.querySelector('input')!;
    await userEvent.click(input);
    await userEvent.keyboard('{ArrowDown}');
    await expect(input).toHaveAttribute('aria-expanded', 'true');
  },
};
