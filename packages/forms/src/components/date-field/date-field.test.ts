import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './date-field.js';
import type { DvcDateField } from './date-field.js';

async function mount(value = ''): Promise<DvcDateField> {
  const field = document.createElement('dvc-date-field');
  field.label = 'Ngày sinh';
  field.value = value;
  document.body.append(field);
  await field.updateComplete;
  return field;
}

function part(field: DvcDateField, name: string): HTMLElement {
  return field.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-date-field>', () => {
  it('shows an ISO value as dd/mm/yyyy and reads typed dates (with or without slashes) back', async () => {
    const field = await mount('2024-09-05');
    expect((part(field, 'input') as HTMLInputElement).value).toBe('05/09/2024');
    await userEvent.fill(part(field, 'input'), '01072025');
    expect(field.value).toBe('2025-07-01');
  });

  it('says a typed date that does not exist is wrong, in the words of the validation core', async () => {
    const field = await mount();
    await userEvent.type(part(field, 'input'), '31/04/2025');
    await userEvent.tab();
    expect(field.error).toBe('');
    await userEvent.tab();
    await field.updateComplete;
    expect(field.value).toBe('');
    expect(field.error).toBe('Ngày tháng không tồn tại, vui lòng kiểm tra lại.');
  });

  it('is completed with the keyboard alone in the calendar dialog', async () => {
    const field = await mount('2024-01-31');
    part(field, 'input').focus();
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    const dialog = part(field, 'calendar');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(part(field, 'calendar-title').textContent.trim()).toBe('Tháng 1 2024');
    expect(field.shadowRoot!.activeElement?.getAttribute('data-date')).toBe('2024-01-31');
    await userEvent.keyboard('{PageDown}');
    await field.updateComplete;
    expect(field.shadowRoot!.activeElement?.getAttribute('data-date')).toBe('2024-02-29');
    await userEvent.keyboard('{ArrowRight}{ArrowDown}{Home}');
    await field.updateComplete;
    expect(field.shadowRoot!.activeElement?.getAttribute('data-date')).toBe('2024-03-04');
    const changes: string[] = [];
    field.addEventListener('change', () => changes.push(field.value));
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect(field.value).toBe('2024-03-04');
    expect(changes).toEqual(['2024-03-04']);
    expect(part(field, 'calendar')).toBeNull();
    expect(field.shadowRoot!.activeElement).toBe(part(field, 'calendar-button'));
  });

  it('closes on Escape without changing the value, and keeps Tab inside the dialog', async () => {
    const field = await mount('2024-05-10');
    await userEvent.click(part(field, 'calendar-button'));
    await field.updateComplete;
    await userEvent.keyboard('{Tab}');
    expect(field.shadowRoot!.activeElement?.textContent.trim()).toBe('Đóng');
    await userEvent.keyboard('{Tab}');
    expect(field.shadowRoot!.activeElement?.getAttribute('aria-label')).toBe('Năm trước');
    await userEvent.keyboard('{Escape}');
    await field.updateComplete;
    expect(part(field, 'calendar')).toBeNull();
    expect(field.value).toBe('2024-05-10');
  });
});

describe('<dvc-date-field> given a date that does not exist', () => {
  it('shows it as it is and says it is not valid, instead of failing', async () => {
    const field = await mount('2025-02-30');
    expect((part(field, 'input') as HTMLInputElement).value).toBe('2025-02-30');
    expect(field.validate()).toBe(false);
  });
});
