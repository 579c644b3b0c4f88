/**
 * `<dvc-form validator>`: a validator precompiled by `buildValidatorModule` (the committed module
 * of `test/node/precompiled-fixture.ts`, loaded as a plain ES module) decides the whole-form check.
 * Its schema also requires the note, which the rendered one does not: so the form is seen to use it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { validator } from '../fixtures/signup.validator.js';
import { renderedSchema } from '../node/precompiled-fixture.js';
import { control, mountForm, settle } from './helpers/form-mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-form> with a precompiled validator', () => {
  it('checks the whole form with it on submit, then submits what was typed', async () => {
    const form = await mountForm(renderedSchema);
    form.validator = validator;
    const invalid: string[][] = [];
    const submitted: unknown[] = [];
    form.addEventListener('dvc-invalid', (e) => invalid.push(e.detail.issues.map((i) => i.pointer)));
    form.addEventListener('dvc-submit', (e) => submitted.push(e.detail.data));
    await userEvent.click(control(form, '/fullName'));
    await userEvent.keyboard('Nguyễn Lan');
    await userEvent.tab();
    await userEvent.keyboard('0912345678');
    const submit = form.shadowRoot!.querySelector<HTMLElement>('[part="submit-button"]')!;
    await userEvent.click(submit);
    await settle(form);
    // The rendered schema accepts this; the precompiled one wants the note.
    expect(invalid).toEqual([['/note']]);
    expect(submitted).toEqual([]);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(summary.shadowRoot!.querySelector('[role="alert"]')!.textContent).toContain('Ghi chú');

    await userEvent.click(control(form, '/note'));
    await userEvent.keyboard('Gọi sau 17 giờ');
    await userEvent.click(submit);
    await settle(form);
    expect(submitted).toEqual([{ fullName: 'Nguyễn Lan', phone: '0912345678', note: 'Gọi sau 17 giờ' }]);
  });
});
