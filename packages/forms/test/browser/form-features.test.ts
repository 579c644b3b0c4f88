import { procedureSamples } from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { control, definition, group, mountForm, onePage, settle, widget } from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

function buttons(root: Element, part: string): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>(`button[part~="${part}"]`)];
}

describe('repeatable groups', () => {
  it('adds and removes items with labelled buttons, moving focus into the new item', async () => {
    const form = await mountForm(onePage(definition('permanent-residence-registration')));
    const members = group(form, '/householdMembers');
    const [add] = buttons(members, 'add-button');
    expect(add?.textContent.trim()).toBe('Thêm người cùng đăng ký');
    add!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(members.querySelectorAll('li').length).toBe(1);
    expect(members.querySelector('li legend')?.textContent).toBe('Người cùng đăng ký thứ 1');
    expect(widget(form, '/householdMembers/0/fullName').matches(':focus-within')).toBe(true);
    await userEvent.keyboard('Phạm Thị Dung');
    await userEvent.click(buttons(members, 'add-button')[0]!);
    await settle(form);
    expect(form.value['householdMembers']).toEqual([{ fullName: 'Phạm Thị Dung' }, {}]);
    const removes = buttons(members, 'remove-button');
    expect(removes.map((b) => b.textContent.trim())).toEqual([
      'Xóa Người cùng đăng ký thứ 1',
      'Xóa Người cùng đăng ký thứ 2',
    ]);
    await userEvent.click(removes[0]!);
    await settle(form);
    expect(form.value['householdMembers']).toEqual([{}]);
    expect(control(form, '/householdMembers/0/fullName').value).toBe('');
    const result = form.validate();
    expect(result.ok ? [] : result.issues.map((i) => i.pointer)).toContain('/householdMembers/0/fullName');
  });
});

describe('states', () => {
  it('disables or locks every field, hides the submit button when read-only, and keeps locked prefills read-only', async () => {
    const valid = procedureSamples('death-registration').valid as Record<string, unknown>;
    const form = await mountForm(onePage(definition('death-registration')), { data: valid, disabled: true });
    expect(widget(form, '/death/cause').disabled).toBe(true);
    expect(form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit-button"]')!.disabled).toBe(true);
    expect(await form.submit()).toBe(false);
    form.disabled = false;
    form.readonly = true;
    await settle(form);
    expect(widget(form, '/death/cause').disabled).toBe(false);
    expect(widget(form, '/death/cause').readonly).toBe(true);
    expect(form.shadowRoot!.querySelector('[part="submit-button"]')).toBeNull();
    form.readonly = false;
    await settle(form);
    expect(widget(form, '/applicant/fullName').readonly).toBe(true);
    expect(widget(form, '/death/cause').readonly).toBe(false);
  });

  it('speaks English on request, labels and messages alike', async () => {
    const form = await mountForm(definition('death-registration'));
    const vi = widget(form, '/death/cause').label;
    form.locale = 'en';
    await settle(form);
    expect(widget(form, '/death/cause').label).not.toBe(vi);
    form.validate();
    await settle(form);
    expect(widget(form, '/death/cause').error).toMatch(/required/);
    await form.setIssues([{ pointer: '/death/date', message: 'Ngày mất không khớp giấy báo tử.' }]);
    form.locale = 'vi';
    await settle(form);
    expect(widget(form, '/death/date').error).toBe('Ngày mất không khớp giấy báo tử.');
    form.validate();
    form.locale = 'en';
    await settle(form);
    expect(widget(form, '/death/cause').error).toMatch(/required/);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    expect(widget(form, '/death/date').error).toBe('Date of death is required.');
    // The summary names the field with its group.
    expect(summary.items.map((i) => i.message)).toEqual(['Date of death (The death) is required.']);
  });

  it('resets to the initial data and clears messages', async () => {
    const form = await mountForm(onePage(definition('death-registration')), {
      data: { death: { cause: 'Tuổi cao' } },
    });
    await userEvent.clear(control(form, '/death/cause'));
    await userEvent.type(control(form, '/death/cause'), 'Khác');
    expect(form.validate().ok).toBe(false);
    form.reset();
    await settle(form);
    expect(control(form, '/death/cause').value).toBe('Tuổi cao');
    expect(widget(form, '/death/cause').error).toBe('');
    expect(widget(form, '/applicant/phone').error).toBe('');
  });

  it('focuses the first field with a message, in page order', async () => {
    const form = await mountForm(definition('death-registration'));
    expect(form.focusFirstError()).toBe(false);
    form.validate();
    await settle(form);
    expect(form.focusFirstError()).toBe(true);
    expect(widget(form, '/deceased/fullName').matches(':focus-within')).toBe(true);
  });

  it('shows help under its field, and a group’s help under its legend', async () => {
    const form = await mountForm(definition('death-registration'));
    // An address is a field: its widget has the legend, its help follows it.
    const place = widget(form, '/deceased/lastResidence');
    expect(place.shadowRoot?.querySelector('legend')?.textContent).not.toBe('');
    expect(place.nextElementSibling?.getAttribute('part')).toBe('help');
    expect(place.nextElementSibling?.textContent).toContain('1/7/2025');
    // A field's help follows its widget (a field has no element of its own).
    const help = widget(form, '/deceased/nationality').nextElementSibling;
    expect(help?.getAttribute('part')).toBe('help');
    expect(help?.textContent).toContain('ISO 3166-1');
  });
});
