import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcSubmitEvent } from '../../src/events/submit.js';
import type { DvcInvalidEvent } from '../../src/events/invalid.js';
import { control, mountForm, settle, widget } from './helpers/form-fixture.js';

const schema = {
  type: 'object',
  properties: {
    fullName: { type: 'string', title: 'Họ và tên' },
    note: { type: 'string', title: 'Ghi chú' },
  },
  required: ['fullName'],
};

afterEach(() => {
  document.body.replaceChildren();
});

function submitButton(form: HTMLElement): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!;
}

describe('the first Submit click', () => {
  it('is not lost when the field left on mouse-down shows a message (real pointer press and release)', async () => {
    const form = await mountForm(schema);
    const invalid: unknown[] = [];
    form.addEventListener('dvc-invalid', (e: DvcInvalidEvent) => invalid.push(e.detail.issues));
    await userEvent.click(control(form, '/fullName'));
    const before = submitButton(form).getBoundingClientRect().top;
    await userEvent.click(submitButton(form));
    await settle(form);
    expect(invalid).toHaveLength(1);
    expect(widget(form, '/fullName').error).not.toBe('');
    expect(submitButton(form).getBoundingClientRect().top).toBeGreaterThan(before);
  });

  it('submits valid data on the first click when an optional field was focused', async () => {
    const form = await mountForm(
      {
        ...schema,
        properties: { ...schema.properties, code: { type: 'string', title: 'Mã', minLength: 3 } },
      },
      { data: { fullName: 'Lan' } },
    );
    const submitted: unknown[] = [];
    form.addEventListener('dvc-submit', (e: DvcSubmitEvent) => submitted.push(e.detail.data));
    await userEvent.type(control(form, '/code'), 'ab');
    await userEvent.click(submitButton(form));
    await settle(form);
    // The click reached the button: the form validated and showed the summary, nothing was lost.
    expect(form.shadowRoot!.querySelector('dvc-error-summary')!.hidden).toBe(false);
    expect(widget(form, '/code').error).not.toBe('');
    expect(submitted).toEqual([]);
  });

  it('still validates on blur when the person moves on with the keyboard', async () => {
    const form = await mountForm(schema);
    await userEvent.click(control(form, '/fullName'));
    await userEvent.tab();
    await settle(form);
    expect(widget(form, '/fullName').error).not.toBe('');
  });

  it('shows the message after the pointer is released when the person clicks elsewhere', async () => {
    const form = await mountForm(schema);
    await userEvent.click(control(form, '/fullName'));
    await userEvent.click(control(form, '/note'));
    await settle(form);
    await new Promise((r) => setTimeout(r, 0));
    await settle(form);
    expect(widget(form, '/fullName').error).not.toBe('');
    expect(control(form, '/note').matches(':focus')).toBe(true);
  });
});
