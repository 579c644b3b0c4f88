import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { mountForm, settle, widget, widgetRoot } from '../../../test/browser/helpers/form-fixture.js';
import type { DvcSubmitEvent } from '../../events/submit.js';
import './date-time-field.js';
import type { DvcDateTimeField } from './date-time-field.js';

afterEach(() => {
  document.body.replaceChildren();
});

const schema = {
  type: 'object',
  properties: {
    at: { type: 'string', format: 'date-time', title: 'Thời điểm xảy ra' },
    letter: { type: 'string', maxLength: 2000, title: 'Nội dung đơn' },
    note: { type: 'string', title: 'Ghi chú', 'x-dvc-widget': 'textarea' },
  },
  required: ['at'],
};

function inputs(field: Element): HTMLInputElement[] {
  return [...field.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
}

describe('<dvc-date-time-field> in a form (format: date-time)', () => {
  it('is typed as a date and a time, labelled, and submits RFC 3339 in Vietnam time', async () => {
    const form = await mountForm(schema);
    const field = widget(form, '/at') as unknown as DvcDateTimeField;
    expect(field.localName).toBe('dvc-date-time-field');
    const [date, time] = inputs(field);
    expect(date!.labels?.[0]?.textContent).toBe('Ngày (dd/mm/yyyy)');
    expect(time!.labels?.[0]?.textContent).toBe('Giờ (giờ:phút)');
    const group = field.shadowRoot!.querySelector('[role="group"]')!;
    expect(field.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)?.textContent).toContain(
      'Thời điểm xảy ra',
    );
    const submitted: unknown[] = [];
    form.addEventListener('dvc-submit', (e: DvcSubmitEvent) => submitted.push(e.detail.data));
    await userEvent.click(date!);
    await userEvent.keyboard('29/02/2024');
    await userEvent.tab();
    expect(time!.matches(':focus')).toBe(true);
    await userEvent.keyboard('9:30');
    await settle(form);
    expect(form.value).toEqual({ at: '2024-02-29T09:30:00+07:00' });
    expect(await form.submit()).toBe(true);
    expect(submitted).toEqual([{ at: '2024-02-29T09:30:00+07:00' }]);
  });

  it('shows a given value in Vietnam time and keeps it exactly as given until it is changed', async () => {
    const form = await mountForm(schema, { data: { at: '2024-02-29T02:30:00Z' } });
    const [date, time] = inputs(widget(form, '/at'));
    expect([date!.value, time!.value]).toEqual(['29/02/2024', '09:30']);
    expect(form.value).toEqual({ at: '2024-02-29T02:30:00Z' });
    await userEvent.click(time!);
    await userEvent.keyboard('{End}{Backspace}5');
    await settle(form);
    expect(form.value).toEqual({ at: '2024-02-29T09:35:00+07:00' });
  });

  it('says what is wrong with a time that is not one, keeping what was typed', async () => {
    const form = await mountForm(schema);
    const [date, time] = inputs(widget(form, '/at'));
    await userEvent.click(date!);
    await userEvent.keyboard('01/07/2025');
    await userEvent.click(time!);
    await userEvent.keyboard('25:00');
    await userEvent.tab();
    await settle(form);
    expect(widget(form, '/at').error).toBe('Vui lòng nhập ngày giờ hợp lệ.');
    expect(time!.value).toBe('25:00');
    // Kept in the data as typed, so the message is about the value, never "required".
    expect(form.value).toEqual({ at: '01/07/2025 25:00' });
  });
});

describe('multi-line text', () => {
  it('renders x-dvc-widget textarea and long strings as a textarea that keeps newlines', async () => {
    const form = await mountForm(schema);
    expect(widget(form, '/letter').localName).toBe('dvc-textarea-field');
    expect(widget(form, '/note').localName).toBe('dvc-textarea-field');
    const area = widgetRoot(widget(form, '/letter')).querySelector('textarea')!;
    await userEvent.click(area);
    await userEvent.keyboard('Kính gửi UBND xã{Enter}Tôi xin trình bày:{Enter}{Enter}Ký tên');
    await settle(form);
    expect(form.value['letter']).toBe('Kính gửi UBND xã\nTôi xin trình bày:\n\nKý tên');
  });
});
