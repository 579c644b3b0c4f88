/**
 * A widget's defaults and the properties set before it is connected cost no update request each
 * (docs/decisions/0019-widgets-in-the-form.md, "Session 12"), and its first update sees them as
 * before: a widget alone reflects its `name` and `locale`, checks its value, formats its number.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReactiveElement } from 'lit';
import { property } from 'lit/decorators.js';
import '../../src/components/checkbox-field/checkbox-field.js';
import '../../src/components/number-field/number-field.js';
import '../../src/components/radio-field/radio-field.js';
import '../../src/components/text-field/text-field.js';
import { DvcTextField } from '../../src/components/text-field/text-field.js';
import { mountForm, settle, widget } from './helpers/form-fixture.js';

/** A page's own widget with a reflected property (Lit writes it in the first update). */
class ToneField extends DvcTextField {
  @property({ reflect: true }) tone = 'calm';
}
customElements.define('test-tone-field', ToneField);

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("a widget's properties before it is connected", () => {
  it('request no update each (the constructor queues the first)', () => {
    const requests = vi.spyOn(ReactiveElement.prototype, 'requestUpdate');
    for (const tag of ['dvc-text-field', 'dvc-number-field', 'dvc-radio-field', 'dvc-checkbox-field']) {
      const element = document.createElement(tag);
      Object.assign(element, { name: '/a', label: 'A', hint: 'h', required: true, locale: 'en', error: '' });
    }
    // Only `schema = undefined` reaches Lit (an `undefined` records nothing there, as before).
    const named = requests.mock.calls.filter(([name]) => name !== undefined && name !== 'schema');
    expect(named).toEqual([]);
    expect(requests.mock.calls.filter(([name]) => name === undefined)).toHaveLength(4);
  });

  it('are in its first update: a widget alone reflects its defaults and checks its value', async () => {
    const field = document.createElement('dvc-text-field');
    field.required = true;
    field.label = 'Họ và tên';
    document.body.append(field);
    await field.updateComplete;
    expect(field.getAttribute('name')).toBe('');
    expect(field.getAttribute('locale')).toBe('vi');
    expect(field.hasAttribute('required')).toBe(true);
    expect(field.hasAttribute('disabled')).toBe(false);
    expect(field.shadowRoot!.querySelector('label')!.textContent).toContain('Họ và tên');
    expect(field.checkValidity()).toBe(false);
    expect(field.validity.valueMissing).toBe(true);
  });

  it('are in its first update: a number is formatted, a group gets its choices', async () => {
    const number = document.createElement('dvc-number-field');
    number.value = 1234.5;
    const radio = document.createElement('dvc-radio-field');
    radio.options = [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ];
    radio.value = 'b';
    document.body.append(number, radio);
    await number.updateComplete;
    await radio.updateComplete;
    expect(number.shadowRoot!.querySelector('input')!.value).not.toBe('');
    const checked = radio.shadowRoot!.querySelector<HTMLInputElement>('input:checked');
    expect(checked?.value).toBe('b');
  });

  it("are in a <dvc-form> widget's first update: its validity is checked when read", async () => {
    const form = await mountForm({
      type: 'object',
      properties: { name: { type: 'string', title: 'Tên', minLength: 2 } },
      required: ['name'],
    });
    await settle(form);
    const name = widget(form, '/name') as unknown as DvcTextField;
    expect(name.getAttribute('name')).toBeNull();
    expect(name.validity.valueMissing).toBe(true);
  });

  it("keep no resolver of Lit's first-update gate once connected, and update after a reconnection", async () => {
    const field = document.createElement('dvc-text-field');
    document.body.append(field);
    await field.updateComplete;
    const gate = (field as unknown as { enableUpdating: unknown }).enableUpdating;
    expect(gate).toBe((ReactiveElement.prototype as unknown as { enableUpdating: unknown }).enableUpdating);
    field.remove();
    document.body.append(field);
    field.label = 'Lại';
    await field.updateComplete;
    expect(field.shadowRoot!.querySelector('label')!.textContent).toContain('Lại');
  });

  it("are Lit's to reflect when a page's widget declares `reflect: true`", async () => {
    const field = new ToneField();
    const other = new ToneField();
    other.tone = 'loud';
    document.body.append(field, other);
    await field.updateComplete;
    await other.updateComplete;
    expect(field.getAttribute('tone')).toBe('calm');
    expect(other.getAttribute('tone')).toBe('loud');
  });
});
