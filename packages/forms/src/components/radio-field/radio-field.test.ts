import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './radio-field.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-radio-field>', () => {
  it('moves the choice with the arrow keys and reports each change', async () => {
    const field = document.createElement('dvc-radio-field');
    field.label = 'Loại trích lục';
    field.options = [
      { value: 'birth', label: 'Khai sinh' },
      { value: 'marriage', label: 'Kết hôn' },
      { value: 'death', label: 'Khai tử' },
    ];
    document.body.append(field);
    await field.updateComplete;
    const values: string[] = [];
    field.addEventListener('change', () => values.push(field.value));
    field.focus();
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{ArrowDown}');
    expect(field.value).toBe('death');
    await userEvent.keyboard('{ArrowUp}');
    expect(values).toEqual(['marriage', 'death', 'marriage']);
    expect(field.shadowRoot!.querySelector('[role="radiogroup"]')!.getAttribute('aria-labelledby')).toBe(
      'label',
    );
  });

  it('keeps its choice when read-only, with the pointer and the keyboard', async () => {
    const field = document.createElement('dvc-radio-field');
    field.label = 'Loại trích lục';
    field.readonly = true;
    field.value = 'birth';
    field.options = [
      { value: 'birth', label: 'Khai sinh' },
      { value: 'marriage', label: 'Kết hôn' },
    ];
    document.body.append(field);
    await field.updateComplete;
    const radios = field.shadowRoot!.querySelectorAll('input');
    await userEvent.click(radios[1]!);
    expect(field.value).toBe('birth');
    expect(radios[1]!.checked).toBe(false);
    radios[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(field.value).toBe('birth');
    expect(radios[0]!.checked).toBe(true);
  });
});
