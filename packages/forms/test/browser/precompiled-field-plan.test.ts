/**
 * `<dvc-form>` with a precompiled validator whose data model has a condition: built with its field
 * plan (`dvc build-validators --field-plan`), the module tells the form which fields apply, so the
 * page never requests the validation compiler's chunk. This file loads the compiler nowhere else:
 * each browser test file runs in a page of its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { compilerLoading, compilerNow } from '../../src/internal/compiler-load.js';
import { validator } from '../fixtures/married.validator.js';
import { conditionalSchema } from '../node/precompiled-fixture.js';
import { control, settle, shownFields, widget } from './helpers/form-mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

/** The page's requests for the compiler's chunk (`internal/validation-compiler`). */
const compilerRequests = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.includes('validation-compiler'));

describe('<dvc-form> with a precompiled validator and its field plan', () => {
  it('shows the field a condition declares when it holds, and never loads the compiler', async () => {
    expect(validator.fieldPlan).toBeDefined();
    const form = document.createElement('dvc-form');
    form.validator = validator;
    form.definition = conditionalSchema;
    form.data = { name: 'Lan' };
    document.body.append(form);
    await settle(form);
    const pointers = (): string[] => shownFields(form).map((f) => f.node.pointer);
    expect(pointers()).toEqual(['/name', '/married', '/note']);

    // The condition holds: the spouse's field shows, required.
    await userEvent.click(control(form, '/married'));
    await settle(form);
    expect(pointers()).toEqual(['/name', '/married', '/note', '/spouse']);
    expect(widget(form, '/spouse').required).toBe(true);
    let invalid: string[] = [];
    form.addEventListener('dvc-invalid', (e) => (invalid = e.detail.issues.map((i) => i.pointer)));
    expect(await form.submit()).toBe(false);
    expect(invalid).toEqual(['/spouse']);

    // Typed and submitted; then the condition no longer holds and the field goes.
    await userEvent.click(control(form, '/spouse'));
    await userEvent.keyboard('Minh');
    const submitted: unknown[] = [];
    form.addEventListener('dvc-submit', (e) => submitted.push(e.detail.data));
    expect(await form.submit()).toBe(true);
    expect(submitted).toEqual([{ name: 'Lan', married: true, spouse: 'Minh' }]);
    await userEvent.click(control(form, '/married'));
    await settle(form);
    expect(pointers()).toEqual(['/name', '/married', '/note']);

    expect(compilerLoading()).toBeUndefined();
    expect(compilerNow()).toBeUndefined();
    expect(compilerRequests()).toEqual([]);
  });
});
