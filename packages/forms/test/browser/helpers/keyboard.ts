/** Filling a `<dvc-form>` with the keyboard only, the way a citizen without a mouse would. */
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../../src/components/form/form.js';
import type { FormFieldHandle } from '../../../src/components/form/form-field-handle.js';
import { getPointer } from '@dvc-kit/validation';
import { focusedWidget, settle } from './form-fixture.js';
import type { DvcAddressField } from '../../../src/components/address-field/address-field.js';
import type { AddressValue } from '../../../src/components/address-field/address-value.js';
import { addressValue } from '../../../src/internal/form-address.js';

/** An address: its province and commune chosen by code (Enter), Tab, then the detail typed. */
async function fillAddress(field: FormFieldHandle, value: unknown): Promise<void> {
  const element = field.widget as DvcAddressField;
  const parts = addressValue.toWidget(field.node, value) as AddressValue;
  await element.whenLoaded();
  await userEvent.keyboard(`${parts.province ?? ''}{Enter}`);
  await element.whenLoaded();
  await userEvent.tab();
  await userEvent.keyboard(`${parts.commune ?? ''}{Enter}`);
  await userEvent.tab();
  if ((parts.detail ?? '') !== '') await userEvent.keyboard(parts.detail ?? '');
  expect(element.value, field.node.pointer).toEqual(parts);
}

/** The field whose widget has focus, or `undefined` (e.g. the submit button). */
function focusedField(form: DvcForm): FormFieldHandle | undefined {
  const active = form.shadowRoot === null ? null : focusedWidget(form.shadowRoot);
  return form.shownFields().find((f) => f.widget !== undefined && f.widget === active);
}

function typed(widget: string, value: unknown): string {
  if (widget === 'date' && typeof value === 'string') return value.split('-').reverse().join('/');
  return String(value);
}

async function choose(field: FormFieldHandle, key: string): Promise<void> {
  const widget = field.widget as HTMLElement & { value: unknown };
  if (field.node.widget === 'radio') {
    const index = field.node.options.findIndex((o) => o.key === key);
    if (index === 0) await userEvent.keyboard(' ');
    for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
  } else {
    for (let i = 0; i < 300 && widget.value !== key; i++) await userEvent.keyboard('{ArrowDown}');
  }
  expect(widget.value, field.node.pointer).toBe(key);
}

/**
 * Tabs through the form (or the shown step) from the start, filling each field with its value in
 * `data` (typing, Space and arrow keys only), then presses Enter on the submit (or Continue) button.
 */
export async function fillByKeyboard(form: DvcForm, data: unknown): Promise<string[]> {
  const done = new Set<string>();
  for (let step = 0; step < 300; step++) {
    await userEvent.tab();
    await settle(form);
    const active = form.shadowRoot?.activeElement;
    const part = active?.getAttribute('part');
    if (part === 'submit-button' || part === 'continue-button') {
      await userEvent.keyboard('{Enter}');
      return [...done];
    }
    const field = focusedField(form);
    if (field === undefined || done.has(field.node.pointer)) continue;
    done.add(field.node.pointer);
    const { pointer, widget, options } = field.node;
    const value = getPointer(data, pointer);
    if (value === undefined || field.node.locked) continue;
    if (widget === 'checkbox') {
      if (value === true) await userEvent.keyboard(' ');
    } else if (widget === 'address') {
      await fillAddress(field, value);
    } else if (widget === 'country' || widget === 'ethnic-group') {
      // A combobox: its code finds it first; Enter chooses it.
      await userEvent.keyboard(`${typed(widget, value)}{Enter}`);
    } else if (widget === 'select' || widget === 'radio') {
      await choose(field, options.find((o) => o.value === value)?.key ?? '');
    } else {
      await userEvent.keyboard(typed(widget, value));
    }
    await settle(form);
  }
  throw new Error('The submit button was never reached');
}

/**
 * Completes a stepped form by keyboard: fills each step and presses Continue, until the review,
 * then presses Enter on "Nộp hồ sơ". Returns the step ids seen, in order.
 */
export async function completeByKeyboard(form: DvcForm, data: unknown): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    seen.push(form.step);
    if (form.step === 'review') {
      for (let tab = 0; tab < 300; tab++) {
        await userEvent.tab();
        if (form.shadowRoot?.activeElement?.getAttribute('part') === 'submit-button') break;
      }
      await userEvent.keyboard('{Enter}');
      await settle(form);
      return seen;
    }
    const before = form.step;
    await fillByKeyboard(form, data);
    await settle(form);
    if (form.step === before) throw new Error(`Continue did not leave step ${before}`);
  }
  throw new Error('The review was never reached');
}
