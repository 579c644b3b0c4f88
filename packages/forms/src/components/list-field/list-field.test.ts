import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './country-field.js';
import './ethnic-group-field.js';
import type { DvcListField } from './list-field.js';

afterEach(() => {
  document.body.replaceChildren();
});

async function mount(
  tag: 'dvc-country-field' | 'dvc-ethnic-group-field',
  label: string,
): Promise<DvcListField> {
  const field = document.createElement(tag);
  field.label = label;
  document.body.append(field);
  await field.whenLoaded();
  return field;
}

function input(field: DvcListField): HTMLInputElement {
  return field.shadowRoot!.querySelector<HTMLInputElement>('[part~="control"]')!;
}

function shown(field: DvcListField): string[] {
  return Array.from(field.shadowRoot!.querySelectorAll('[role="option"]'), (o) => o.textContent.trim());
}

describe('<dvc-country-field>', () => {
  it('finds a country typed without diacritics, in Vietnamese or English, and stores its code', async () => {
    const field = await mount('dvc-country-field', 'Quốc tịch');
    const box = input(field);
    expect(box.getAttribute('role')).toBe('combobox');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    box.focus();
    await userEvent.keyboard('han quoc');
    await field.updateComplete;
    expect(shown(field)[0]).toBe('Hàn Quốc');
    expect(box.getAttribute('aria-activedescendant')).toBe('option-0');
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect(field.value).toBe('KR');
    expect(box.value).toBe('Hàn Quốc');
    await userEvent.clear(box);
    await userEvent.keyboard('germany{Enter}');
    await field.updateComplete;
    expect(field.value).toBe('DE');
  });

  it('shows the name of a code it is given, in the field’s locale', async () => {
    const field = await mount('dvc-country-field', 'Nationality');
    field.value = 'VN';
    await field.updateComplete;
    expect(input(field).value).toBe('Việt Nam');
    field.locale = 'en';
    await field.updateComplete;
    await field.updateComplete;
    expect(input(field).value).toMatch(/Vi[eệ]t ?Nam/i);
  });
});

describe('<dvc-ethnic-group-field>', () => {
  it('offers the 54 groups and finds Ê-đê by "ede"', async () => {
    const field = await mount('dvc-ethnic-group-field', 'Dân tộc');
    const box = input(field);
    box.focus();
    await userEvent.keyboard('{ArrowDown}');
    await field.updateComplete;
    expect(shown(field)).toHaveLength(54);
    await userEvent.keyboard('{End}');
    await field.updateComplete;
    expect(box.getAttribute('aria-activedescendant')).toBe('option-53');
    await userEvent.keyboard('{Escape}');
    await field.updateComplete;
    expect(box.getAttribute('aria-expanded')).toBe('false');
    await userEvent.keyboard('ede');
    await field.updateComplete;
    expect(shown(field)[0]).toBe('Ê-đê');
    expect(field.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent.trim()).toMatch(
      /^\d+ lựa chọn$/,
    );
    await userEvent.keyboard('{Enter}');
    await field.updateComplete;
    expect(field.value).toBe('12');
  });
});
