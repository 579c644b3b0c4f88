import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './personal-id-field.js';
import type { DvcPersonalIdField } from './personal-id-field.js';

async function mount(): Promise<DvcPersonalIdField> {
  const field = document.createElement('dvc-personal-id-field');
  field.label = 'Số định danh cá nhân';
  document.body.append(field);
  await field.updateComplete;
  return field;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-personal-id-field>', () => {
  it('shows the birth province, sex and year a valid number decodes to', async () => {
    const field = await mount();
    await userEvent.type(field.shadowRoot!.querySelector('input')!, '001192001234');
    await field.updateComplete;
    const decoded = field.shadowRoot!.querySelector('[part~="decoded"]')!;
    expect(decoded.textContent.replace(/\s+/g, ' ')).toContain('Hà Nội');
    expect(decoded.textContent).toContain('Nữ');
    expect(decoded.textContent).toContain('1992');
    expect(field.shadowRoot!.querySelector('input')!.getAttribute('aria-describedby')).toContain('decoded');
    field.locale = 'en';
    await field.updateComplete;
    expect(decoded.textContent).toContain('Female');
  });

  it('shows nothing decoded and says why for a number that is too short', async () => {
    const field = await mount();
    await userEvent.type(field.shadowRoot!.querySelector('input')!, '00119200123');
    await userEvent.tab();
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('[part~="decoded"]')).toBeNull();
    expect(field.error).toBe('Số định danh cá nhân phải gồm 12 chữ số.');
  });
});
