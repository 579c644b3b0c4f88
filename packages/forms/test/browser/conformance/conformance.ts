/**
 * The conformance suite every dvc-kit form control passes: labels, required, disabled, readonly,
 * reset, state restore, validity inside a native form, keyboard focus, validation timing, locale and
 * axe. `runConformance(spec)` declares the tests for one control.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { ControlSpec } from './control-spec.js';
import { axeViolations, deepActiveElement, mount, settle, shownError } from './helpers.js';

/** Declares the shared conformance tests for `spec`. */
export function runConformance(spec: ControlSpec): void {
  describe(`<${spec.tag}> conformance${spec.title === undefined ? '' : ` (${spec.title})`}`, () => {
    afterEach(() => {
      document.body.replaceChildren();
    });

    it('labels its inner control with its own label and with an outer <label for>', async () => {
      const { control } = await mount(spec);
      const inner = control.shadowRoot!.querySelector('[part~="control"]')!;
      const label = control.shadowRoot!.querySelector('[part~="label"]')!;
      expect(label.textContent).toContain('Nhãn');
      const linked =
        (inner as HTMLInputElement).labels?.[0] === label ||
        inner.getAttribute('aria-labelledby') === label.id;
      expect(linked).toBe(true);

      control.label = '';
      const outer = document.createElement('label');
      outer.htmlFor = 'field';
      outer.textContent = 'Nhãn ngoài';
      control.before(outer);
      control.requestUpdate();
      await settle(control);
      expect(Array.from(control.labels)).toEqual([outer]);
      expect(control.shadowRoot!.querySelector('[aria-label="Nhãn ngoài"]')).not.toBeNull();
    });

    it('is invalid while required and empty, valid once filled', async () => {
      const { control } = await mount(spec, 'required');
      expect(control.value).toEqual(spec.empty);
      expect(control.checkValidity()).toBe(false);
      expect(control.validity.valueMissing).toBe(true);
      expect(control.validationMessage).toBe('Vui lòng nhập Nhãn.');
      await spec.fill(control);
      await settle(control);
      expect(control.value).toEqual(spec.filled);
      expect(control.checkValidity()).toBe(true);
    });

    it('blocks the submission of a native form until it is valid, then submits its value', async () => {
      const { form, control } = await mount(spec, 'required');
      let submitted: FormData | undefined;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = new FormData(form);
      });
      form.requestSubmit();
      expect(submitted).toBeUndefined();
      await settle(control);
      expect(shownError(control)).toBe('Lỗi: Vui lòng nhập Nhãn.');
      await spec.fill(control);
      await settle(control);
      form.requestSubmit();
      expect(submitted?.getAll('field')).toEqual(spec.submitted);
    });

    it('is neither focusable nor submitted when disabled, directly or by a fieldset', async () => {
      const { form, control, before } = await mount(spec, 'disabled required');
      before.focus();
      await userEvent.tab();
      expect(document.activeElement).not.toBe(control);
      expect(new FormData(form).has('field')).toBe(false);
      expect(control.checkValidity()).toBe(true);

      control.disabled = false;
      const fieldset = document.createElement('fieldset');
      fieldset.disabled = true;
      form.prepend(fieldset);
      fieldset.append(control);
      await settle(control);
      expect(control.shadowRoot!.querySelector(':disabled')).not.toBeNull();
      expect(new FormData(form).has('field')).toBe(false);
    });

    it('keeps its value when read-only, is submitted and is not validated', async () => {
      const { form, control } = await mount(spec, 'readonly required');
      expect(control.checkValidity()).toBe(true);
      control.readonly = false;
      await settle(control);
      await spec.fill(control);
      control.readonly = true;
      await settle(control);
      expect(new FormData(form).getAll('field')).toEqual(spec.submitted);
      const inner = control.shadowRoot!.querySelector('[part~="control"]')!;
      const readOnly =
        (inner as HTMLInputElement).readOnly ||
        inner.matches('[aria-readonly="true"]') ||
        inner.querySelector('[aria-readonly="true"]') !== null;
      expect(readOnly).toBe(true);
    });

    it('goes back to its first value and clears its message on form reset', async () => {
      const { form, control } = await mount(spec, 'required');
      await spec.fill(control);
      control.error = 'Lỗi từ máy chủ.';
      await settle(control);
      form.reset();
      await settle(control);
      expect(control.value).toEqual(spec.empty);
      expect(shownError(control)).toBe('');
    });

    it('restores its state', async () => {
      const { control } = await mount(spec);
      control.formStateRestoreCallback(JSON.stringify(spec.filled));
      await settle(control);
      expect(control.value).toEqual(spec.filled);
    });

    it('takes keyboard focus with Tab, and focus() reaches the inner control', async () => {
      const { control, before } = await mount(spec);
      before.focus();
      await userEvent.tab();
      expect(document.activeElement).toBe(control);
      before.focus();
      control.focus();
      expect(control.shadowRoot!.contains(deepActiveElement())).toBe(true);
    });

    it('validates on blur, then on every input once an error is shown', async () => {
      const { control, before } = await mount(spec, 'required');
      if (spec.fillInvalid !== undefined) {
        await spec.fillInvalid(control);
        await settle(control);
        expect(shownError(control)).toBe('');
      } else {
        control.focus();
      }
      await userEvent.click(before);
      await settle(control);
      expect(shownError(control)).not.toBe('');
      const inner = control.shadowRoot!.querySelector('[aria-invalid]')!;
      expect(inner.getAttribute('aria-invalid')).toBe('true');
      expect(inner.getAttribute('aria-describedby')).toContain('error');
      await spec.fill(control);
      await settle(control);
      expect(shownError(control)).toBe('');
    });

    it('words its messages in the chosen locale', async () => {
      const { control } = await mount(spec, 'required');
      control.reportValidity();
      await settle(control);
      expect(shownError(control)).toBe('Lỗi: Vui lòng nhập Nhãn.');
      control.locale = 'en';
      await settle(control);
      expect(shownError(control)).toBe('Error: Nhãn is required.');
    });

    it('fits a 320 px wide screen without horizontal scrolling', async () => {
      const { form, control } = await mount(
        spec,
        'required hint="Gợi ý dài để xem chữ có xuống dòng trên màn hình hẹp"',
      );
      form.style.setProperty('inline-size', '320px');
      control.reportValidity();
      await settle(control);
      const wrapper = control.shadowRoot!.querySelector('[part~="form-control"]')!;
      expect(wrapper.getBoundingClientRect().width).toBeLessThanOrEqual(320);
      expect(wrapper.scrollWidth).toBeLessThanOrEqual(wrapper.clientWidth);
    });

    it('has no axe violation, with and without an error shown', async () => {
      const { form, control } = await mount(spec, 'required hint="Gợi ý"');
      expect(await axeViolations(form)).toEqual([]);
      control.reportValidity();
      await settle(control);
      expect(shownError(control)).not.toBe('');
      expect(await axeViolations(form)).toEqual([]);
    });
  });
}
