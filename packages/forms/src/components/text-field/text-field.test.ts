import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { takeConsoleOutput } from '../../../../../test-utils/console.js';
import './text-field.js';
import type { DvcTextField } from './text-field.js';

function mount(markup: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  return host;
}

function inner(field: DvcTextField): HTMLInputElement {
  return field.shadowRoot!.querySelector('input')!;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-text-field>', () => {
  it('checks its schema with @dvc-kit/validation (never a second rule set)', async () => {
    const host = mount('<dvc-text-field label="Họ và tên" name="fullName"></dvc-text-field>');
    const field = host.querySelector('dvc-text-field')!;
    field.schema = { type: 'string', minLength: 3 };
    await field.updateComplete;
    await userEvent.type(inner(field), 'An');
    await userEvent.tab();
    await field.updateComplete;
    expect(field.error).toBe('Phải có ít nhất 3 ký tự.');
    expect(inner(field).getAttribute('aria-invalid')).toBe('true');
  });

  it('fires composed input and change events from the host with the new value', async () => {
    const host = mount('<dvc-text-field label="Ghi chú"></dvc-text-field>');
    const field = host.querySelector('dvc-text-field')!;
    await field.updateComplete;
    const seen: string[] = [];
    host.addEventListener('input', (event) => seen.push(`input:${(event.target as DvcTextField).value}`));
    host.addEventListener('change', (event) => seen.push(`change:${(event.target as DvcTextField).value}`));
    await userEvent.type(inner(field), 'ab');
    await userEvent.tab();
    expect(seen).toEqual(['input:a', 'input:ab', 'change:ab']);
  });
});

describe('<dvc-text-field> setCustomValidity', () => {
  it('shows the message, makes the control invalid in its form, and clears with an empty string', async () => {
    const host = mount('<form><dvc-text-field label="Mã hồ sơ" name="code"></dvc-text-field></form>');
    const field = host.querySelector('dvc-text-field')!;
    field.setCustomValidity('Mã hồ sơ đã được sử dụng.');
    await field.updateComplete;
    expect(field.validity.customError).toBe(true);
    expect(host.querySelector('form')!.checkValidity()).toBe(false);
    expect(field.shadowRoot!.querySelector('[part~="error"]')!.textContent).toContain(
      'Mã hồ sơ đã được sử dụng.',
    );
    field.setCustomValidity('');
    await field.updateComplete;
    expect(field.checkValidity()).toBe(true);
  });
});

describe('<dvc-text-field> given a schema that does not compile', () => {
  it('reports it once on the console and stays usable', async () => {
    const host = mount('<dvc-text-field label="Ghi chú"></dvc-text-field>');
    const field = host.querySelector('dvc-text-field')!;
    field.schema = { type: 'string', notAKeyword: true };
    await field.updateComplete;
    await userEvent.type(inner(field), 'abc');
    expect(field.value).toBe('abc');
    const errors = takeConsoleOutput('error');
    expect(errors).toHaveLength(1);
    expect(String(errors[0]![0])).toContain('<dvc-text-field>: its schema does not compile.');
  });
});
