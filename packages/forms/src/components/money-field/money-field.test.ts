import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './money-field.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-money-field>', () => {
  it('keeps an integer value and shows it with grouped digits and ₫', async () => {
    const field = document.createElement('dvc-money-field');
    field.label = 'Lệ phí';
    document.body.append(field);
    await field.updateComplete;
    const input = field.shadowRoot!.querySelector('input')!;
    await userEvent.type(input, '1500000');
    expect(field.value).toBe(1500000);
    await userEvent.tab();
    await field.updateComplete;
    expect(input.value).toBe('1.500.000');
    expect(field.shadowRoot!.querySelector('[part~="unit"]')?.textContent).toBe('₫');
    expect(input.getAttribute('aria-describedby')).toContain('unit');
    field.value = 25000;
    await field.updateComplete;
    expect(input.value).toBe('25.000');
  });
});
