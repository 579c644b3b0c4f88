/**
 * The form re-renders every field when it shows all its messages again (`validate()`, a submit, a
 * reset): a widget whose value and message did not change is not updated
 * (docs/decisions/0019-widgets-in-the-form.md, "Session 12"), and one whose message did shows it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/text-field/text-field.js';
import { mountForm, settle, widget } from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe("<dvc-form>'s widgets when the form shows its messages again", () => {
  it('update only where the message changed', async () => {
    const form = await mountForm(
      {
        type: 'object',
        properties: {
          name: { type: 'string', title: 'Tên' },
          city: { type: 'string', title: 'Thành phố' },
        },
        required: ['name', 'city'],
      },
      { data: { city: 'Huế' } },
    );
    await settle(form);
    const name = widget(form, '/name') as unknown as { isUpdatePending: boolean; error: string };
    const city = widget(form, '/city') as unknown as { isUpdatePending: boolean; error: string };
    form.validate();
    expect(name.isUpdatePending).toBe(true);
    expect(city.isUpdatePending).toBe(false);
    await settle(form);
    expect(name.error).not.toBe('');
    form.validate();
    expect(name.isUpdatePending).toBe(false);
    expect(city.isUpdatePending).toBe(false);
    expect(name.error).not.toBe('');
    expect(city.error).toBe('');
  });
});
