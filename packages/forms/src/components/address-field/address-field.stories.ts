import { mapOldAddress } from '@dvc-kit/admin-units/legacy';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import './address-field.js';
import type { DvcAddressField } from './address-field.js';
import type { AddressValue } from './address-value.js';

interface Args {
  label: string;
  value: AddressValue;
  errors: Partial<Record<'province' | 'commune' | 'detail', string>>;
  locale: 'vi' | 'en';
}

const meta: Meta<Args> = {
  title: 'Widgets/Address field',
  component: 'dvc-address-field',
  render: (args) =>
    html`<dvc-address-field
      .label=${args.label}
      .value=${args.value}
      .errors=${args.errors}
      .locale=${args.locale}
      required
    ></dvc-address-field>`,
  args: { label: 'Nơi cư trú', value: {}, errors: {}, locale: 'vi' },
};
export default meta;

type Story = StoryObj<Args>;

/** The input of a part (Storybook's user-event does not tab through shadow roots: focus it). */
function input(element: DvcAddressField, role: 'province' | 'commune' | 'detail'): HTMLInputElement {
  return element.shadowRoot!.querySelector(`[part~="${role}"]`)!.shadowRoot!.querySelector('input')!;
}

async function field(canvas: HTMLElement): Promise<DvcAddressField> {
  const element = canvas.querySelector('dvc-address-field')!;
  await element.whenLoaded();
  return element;
}

/** Filled with the keyboard: "ha noi", Enter, Tab, "phuong hoan kiem", Enter, Tab, the detail. */
export const FilledByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    element.focus();
    await userEvent.keyboard('ha noi');
    await element.whenLoaded();
    await userEvent.keyboard('{Enter}');
    await element.whenLoaded();
    input(element, 'commune').focus();
    await userEvent.keyboard('phuong hoan kiem');
    await element.whenLoaded();
    await userEvent.keyboard('{Enter}');
    input(element, 'detail').focus();
    await userEvent.keyboard('12 phố Hàng Bài');
    await expect(element.value).toEqual({ province: '01', commune: '00070', detail: '12 phố Hàng Bài' });
  },
};

/** The commune list open: only the first 100 communes of Hà Nội are drawn, and the note says so. */
export const CommunesOpen: Story = {
  args: { value: { province: '01' } },
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    const commune = input(element, 'commune');
    commune.focus();
    await userEvent.keyboard('{ArrowDown}');
    await element.whenLoaded();
    await expect(commune).toHaveAttribute('aria-expanded', 'true');
  },
};

export const Prefilled: Story = {
  args: { value: { province: '79', commune: '26734', detail: '45 Lê Lợi' } },
};

export const WithErrors: Story = {
  args: {
    errors: {
      province: 'Vui lòng nhập Tỉnh/thành phố.',
      commune: 'Vui lòng nhập Xã/phường/đặc khu.',
      detail: 'Vui lòng nhập Số nhà, đường, thôn/tổ dân phố.',
    },
  },
};

/** A pre-2025 address (old Hà Giang, Phường Trần Phú) mapped to the 2025 units, with a notice. */
export const OldAddressMapped: Story = {
  args: { value: { province: '02', commune: '00691', detail: '5 Nguyễn Trãi' } },
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    await expect(element.value).toEqual({ province: '08', commune: '00691', detail: '5 Nguyễn Trãi' });
  },
};

/** A pre-2025 address the mapping does not know: kept as given, the citizen asked to choose again. */
export const OldAddressUnknown: Story = {
  args: { value: { province: '02', commune: '99999', detail: '5 Nguyễn Trãi' } },
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    await expect(element.shadowRoot!.querySelector('[part="legacy"]')).not.toBeNull();
  },
};

/** The province list open with the keyboard (ArrowDown): a listbox of the 34 provinces. */
export const ProvincesOpen: Story = {
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    const province = input(element, 'province');
    province.focus();
    await userEvent.keyboard('{ArrowDown}');
    await element.whenLoaded();
    await expect(province).toHaveAttribute('aria-expanded', 'true');
  },
};

/** A ward of pre-2025 Hà Nội that the 2025 reform split: the first such code of the old table. */
const splitWard =
  Array.from({ length: 400 }, (_, i) => String(i + 1).padStart(5, '0')).find(
    (code) => mapOldAddress({ province: '01', ward: code }).status === 'ambiguous',
  ) ?? '';

/**
 * A pre-2025 three-level address that now lies in several communes: kept as given, and the citizen
 * is asked to choose one (a button per candidate); the choice is made here with the keyboard.
 */
export const OldAddressAmbiguous: Story = {
  args: { value: { province: '01', district: '001', commune: splitWard, detail: '3 Đội Cấn' } },
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    const alert = element.shadowRoot!.querySelector('[part="legacy"]')!;
    await expect(alert).toHaveAttribute('role', 'alert');
    const buttons = alert.querySelectorAll('button');
    await expect(buttons.length).toBeGreaterThan(1);
  },
};

/** The same address, a commune chosen with the keyboard (the second candidate, Enter). */
export const OldAddressChosen: Story = {
  args: { value: { province: '01', district: '001', commune: splitWard, detail: '3 Đội Cấn' } },
  play: async ({ canvasElement }) => {
    const element = await field(canvasElement);
    const candidate = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="legacy"] button')[1]!;
    candidate.focus();
    await userEvent.keyboard('{Enter}');
    await element.whenLoaded();
    await expect(element.shadowRoot!.querySelector('[part="legacy"]')).toBeNull();
    await expect(element.value).toMatchObject({ province: '01', detail: '3 Đội Cấn' });
  },
};

export const English: Story = { args: { label: 'Residence', locale: 'en', value: { province: '01' } } };
