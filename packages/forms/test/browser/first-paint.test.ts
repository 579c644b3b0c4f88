/**
 * `<dvc-form>` paints before the validation compiler has loaded, and checks nothing until it has
 * (docs/decisions/0021-first-paint-before-the-compiler.md). The order of the tests matters: the
 * compiler is loaded once per page, and the first test sees a page that never loaded it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../src/components/form/form.js';
import { compilerLoading, compilerNow } from '../../src/internal/compiler-load.js';
import { validator } from '../fixtures/signup.validator.js';
import { conditionalSchema, renderedSchema } from '../node/precompiled-fixture.js';
import { control, mountForm, settle, shownFields, widget } from './helpers/form-mount.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** A schema with a field only its `then` declares, a required one and an optional one. */
const conditional = conditionalSchema;

/** Appends a form and waits for its first render only (not for `updateComplete`). */
async function firstRender(definition: unknown, data?: Record<string, unknown>): Promise<DvcForm> {
  const form = document.createElement('dvc-form');
  form.definition = definition;
  if (data !== undefined) form.data = data;
  document.body.append(form);
  for (let i = 0; i < 20 && !form.hasUpdated; i++) await Promise.resolve();
  expect(form.hasUpdated).toBe(true);
  return form;
}

const pointers = (form: DvcForm): string[] => shownFields(form).map((f) => f.node.pointer);

describe('<dvc-form> before the validation compiler', () => {
  it('with a precompiled validator and no condition, never loads the compiler', async () => {
    const form = document.createElement('dvc-form');
    form.validator = validator;
    form.definition = renderedSchema;
    document.body.append(form);
    await settle(form);
    expect(widget(form, '/fullName').required).toBe(true);
    expect(widget(form, '/note').required).toBe(false);
    // A blur shows the precompiled check's message at the field.
    await userEvent.click(control(form, '/fullName'));
    await userEvent.tab();
    await settle(form);
    expect(widget(form, '/fullName').error).toContain('Họ và tên');
    let invalid: string[] = [];
    form.addEventListener('dvc-invalid', (e) => (invalid = e.detail.issues.map((i) => i.pointer)));
    expect(await form.submit()).toBe(false);
    expect(invalid).toEqual(['/fullName', '/phone', '/note']);
    expect(compilerLoading()).toBeUndefined();
    expect(compilerNow()).toBeUndefined();
  });

  it('paints the unconditional fields with their required marks; checks wait for the validator, which decides the rest', async () => {
    const form = await firstRender(conditional, { name: 'L', married: true });
    // The first render is there and the compiler is not.
    expect(compilerNow()).toBeUndefined();
    expect(pointers(form)).toEqual(['/name', '/married', '/note']);
    expect(widget(form, '/name').required).toBe(true);
    expect(widget(form, '/note').required).toBe(false);
    expect(widget(form, '/name').value).toBe('L');
    // Nothing is checked against nothing: no verdict until the validator is there.
    expect(form.validate()).toEqual({ ok: false, issues: [] });
    expect(widget(form, '/name').error).toBe('');

    // Two submits at once: one waits for the validator and checks; nothing is submitted unchecked.
    const invalid: string[][] = [];
    const submits: unknown[] = [];
    form.addEventListener('dvc-invalid', (e) => invalid.push(e.detail.issues.map((i) => i.pointer)));
    form.addEventListener('dvc-submit', (e) => submits.push(e.detail.data));
    expect(await Promise.all([form.submit(), form.submit()])).toEqual([false, false]);
    expect(invalid).toEqual([['/name', '/spouse']]);
    expect(submits).toEqual([]);

    await settle(form);
    expect(compilerNow()).toBeDefined();
    // The condition holds: the field its `then` declares shows, required, with its message.
    expect(pointers(form)).toEqual(['/name', '/married', '/note', '/spouse']);
    expect(widget(form, '/spouse').required).toBe(true);
    expect(widget(form, '/spouse').error).not.toBe('');
    expect(widget(form, '/name').value).toBe('L');

    await userEvent.click(control(form, '/name'));
    await userEvent.keyboard('an');
    await userEvent.click(control(form, '/spouse'));
    await userEvent.keyboard('Minh');
    expect(await form.submit()).toBe(true);
    expect(submits).toEqual([{ name: 'Lan', married: true, spouse: 'Minh' }]);
  });

  it('a data model that does not compile shows the form’s failure once the compiler has run', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const form = await mountForm({ type: 'object', properties: { a: { type: 'string', minLength: 'two' } } });
    const failure = form.shadowRoot!.querySelector('[part="failure"]');
    expect(failure?.getAttribute('role')).toBe('alert');
    expect(failure?.textContent).toContain('định nghĩa biểu mẫu không hợp lệ');
    expect(error).toHaveBeenCalledTimes(1);
    expect(form.validate()).toEqual({ ok: false, issues: [] });
  });
});
