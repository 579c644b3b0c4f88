import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './select-field.js';
import type { DvcSelectField } from './select-field.js';

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
].map((label, i) => ({ value: String(i + 1).padStart(2, '0'), label }));

async function mount(count: number): Promise<DvcSelectField> {
  const field = document.createElement('dvc-select-field');
  field.label = 'Tỉnh, thành phố';
  field.options = PROVINCES.slice(0, count);
  document.body.append(field);
  await field.updateComplete;
  return field;
}

function control(field: DvcSelectField): HTMLElement {
  return field.shadowRoot!.querySelector<HTMLElement>('[part~="control"]')!;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-select-field>', () => {
  it('is a native select up to ten options', async () => {
    const field = await mount(10);
    expect(control(field).tagName).toBe('SELECT');
  });

  it('becomes an ARIA 1.2 combobox past ten options, filtering without diacritics', async () => {
    const field = await mount(12);
    const input = control(field);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(input);
    await userEvent.keyboard('dien');
    await field.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const options = field.shadowRoot!.querySelectorAll('[role="option"]');
    expect(Array.from(options, (o) => o.textContent.trim())).toEqual(['Điện Biên']);
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect(field.value).toBe('04');
    expect((input as HTMLInputElement).value).toBe('Điện Biên');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('moves through the list with the arrow keys and closes on Escape', async () => {
    const field = await mount(12);
    const input = control(field);
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await field.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe('option-2');
    await userEvent.keyboard('{Escape}');
    await field.updateComplete;
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(field.value).toBe('');
  });
});

describe('<dvc-select-field> combobox, by keyboard', () => {
  const MANY = Array.from({ length: 250 }, (_, i) => ({
    value: String(i).padStart(3, '0'),
    label: i === 200 ? 'Phường Hoàn Kiếm' : `Xã Số ${i}`,
  }));

  async function mountMany(): Promise<DvcSelectField> {
    const field = document.createElement('dvc-select-field');
    field.label = 'Xã, phường';
    field.searchThreshold = 0;
    field.maxShown = 50;
    field.options = MANY;
    document.body.append(field);
    await field.updateComplete;
    return field;
  }

  it('draws only the first matches of a long list and says how many there are', async () => {
    const field = await mountMany();
    const input = control(field);
    input.focus();
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    const root = field.shadowRoot!;
    expect(root.querySelectorAll('[role="option"]')).toHaveLength(50);
    expect(root.querySelector('[part="more"]')!.textContent).toContain('Hiển thị 50 trên 250');
    expect(root.querySelector('[aria-live="polite"]')!.textContent.trim()).toBe('250 lựa chọn');
  });

  it('finds an option typed without diacritics and moves with Home and End', async () => {
    const field = await mountMany();
    const input = control(field) as HTMLInputElement;
    input.focus();
    await userEvent.keyboard('xa so 1');
    await field.updateComplete;
    const root = field.shadowRoot!;
    const count = root.querySelectorAll('[role="option"]').length;
    expect(count).toBeGreaterThan(1);
    await userEvent.keyboard('{End}');
    await field.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe(`option-${count - 1}`);
    await userEvent.keyboard('{Home}');
    await field.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).toBe('option-0');
    await userEvent.clear(input);
    await userEvent.keyboard('phuong hoan kiem');
    await field.updateComplete;
    expect(root.querySelector('[aria-live="polite"]')!.textContent.trim()).toBe('1 lựa chọn');
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect(field.value).toBe('200');
    expect(input.value).toBe('Phường Hoàn Kiếm');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('{Escape}');
    await field.updateComplete;
    expect(input.value).toBe('');
  });
});
