import { mapOldAddress } from '@dvc-kit/admin-units/legacy';
import { searchUnits } from '@dvc-kit/admin-units';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './address-field.js';
import type { DvcAddressField } from './address-field.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function mount(value: Record<string, string> = {}): Promise<DvcAddressField> {
  const field = document.createElement('dvc-address-field');
  field.label = 'Nơi cư trú';
  field.required = true;
  field.value = value;
  const inputs: unknown[] = [];
  field.addEventListener('input', () => inputs.push(field.value));
  document.body.append(field);
  await field.whenLoaded();
  return field;
}

function part(
  field: DvcAddressField,
  role: 'province' | 'commune' | 'detail',
): HTMLElement & { value: string } {
  return field.shadowRoot!.querySelector(`[part~="${role}"]`)!;
}

function combobox(field: DvcAddressField, role: 'province' | 'commune'): HTMLInputElement {
  return part(field, role).shadowRoot!.querySelector<HTMLInputElement>('[role="combobox"]')!;
}

describe('<dvc-address-field>', () => {
  it('is filled by keyboard: "ha noi", Enter, Tab, "phuong hoan kiem", Enter, Tab, the detail', async () => {
    const field = await mount();
    const hoanKiem = searchUnits('hoan kiem', { level: 'commune', provinceCode: '01' })[0]!.unit.code;
    const province = combobox(field, 'province');
    expect(province.getAttribute('aria-autocomplete')).toBe('list');
    expect(province.getAttribute('aria-expanded')).toBe('false');
    expect(combobox(field, 'commune').disabled).toBe(true);
    province.focus();
    await userEvent.keyboard('ha noi');
    await field.whenLoaded();
    expect(province.getAttribute('aria-expanded')).toBe('true');
    const listbox = part(field, 'province').shadowRoot!.getElementById(
      province.getAttribute('aria-controls')!,
    )!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(province.getAttribute('aria-activedescendant')).toBe('option-0');
    expect(listbox.querySelector('#option-0')!.textContent.trim()).toBe('Thành phố Hà Nội');
    await userEvent.keyboard('{Enter}');
    await field.whenLoaded();
    expect(field.value).toEqual({ province: '01' });
    await userEvent.tab();
    await userEvent.keyboard('phuong hoan kiem');
    await field.whenLoaded();
    const commune = part(field, 'commune');
    expect(commune.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim()).toBe('1 lựa chọn');
    await userEvent.keyboard('{Enter}');
    await userEvent.tab();
    await userEvent.keyboard('12 phố Hàng Bài');
    expect(field.value).toEqual({ province: '01', commune: hoanKiem, detail: '12 phố Hàng Bài' });
    expect(combobox(field, 'commune').value).toBe('Phường Hoàn Kiếm');
  });

  it('empties the commune when another province is chosen, and draws only the first communes', async () => {
    const field = await mount({ province: '01', commune: '00070', detail: 'x' });
    expect(combobox(field, 'commune').value).not.toBe('');
    const commune = combobox(field, 'commune');
    commune.focus();
    await userEvent.keyboard('{Escape}{ArrowDown}');
    await field.whenLoaded();
    const shown = part(field, 'commune').shadowRoot!.querySelectorAll('[role="option"]').length;
    expect(shown).toBeLessThanOrEqual(100);
    await userEvent.keyboard('{Escape}');
    combobox(field, 'province').focus();
    await userEvent.keyboard('{Escape}{Escape}79');
    await field.whenLoaded();
    await userEvent.keyboard('{Enter}');
    await field.whenLoaded();
    expect(field.value).toEqual({ province: '79', detail: 'x' });
  });

  it('maps an unambiguous pre-2025 address to the 2025 units and says so', async () => {
    // Old Hà Giang (02), Phường Trần Phú (00691): now Tuyên Quang (08), commune 00691.
    const field = await mount({ province: '02', commune: '00691', detail: '5 Nguyễn Trãi' });
    expect(field.value).toEqual({ province: '08', commune: '00691', detail: '5 Nguyễn Trãi' });
    const notice = field.shadowRoot!.querySelector('[part="notice"]')!;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('Tỉnh Hà Giang');
    expect(notice.textContent).toContain('Tỉnh Tuyên Quang');
    expect(combobox(field, 'province').value).toBe('Tỉnh Tuyên Quang');
  });

  it('asks the citizen to choose when a pre-2025 address maps to several communes, keeping it until then', async () => {
    const ward = Array.from({ length: 400 }, (_, i) => String(i + 1).padStart(5, '0')).find(
      (code) => mapOldAddress({ province: '01', ward: code }).status === 'ambiguous',
    )!;
    const candidates = mapOldAddress({ province: '01', ward }).candidates;
    const given = { province: '01', district: '001', commune: ward, detail: '3 Đội Cấn' };
    const field = await mount(given);
    expect(field.value).toEqual(given);
    const alert = field.shadowRoot!.querySelector('[part="legacy"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Vui lòng chọn');
    const buttons = [...alert.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent.trim())).toEqual(
      candidates.map((c) => `${c.commune.name}, ${c.province.name}`),
    );
    // The old codes mean other units now: the comboboxes wait for the choice.
    expect(combobox(field, 'province').value).toBe('');
    buttons[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await field.whenLoaded();
    expect(field.value).toEqual({
      province: '01',
      commune: candidates[1]!.commune.code,
      detail: '3 Đội Cấn',
    });
    expect(field.shadowRoot!.querySelector('[part="legacy"]')).toBeNull();
  });
});
