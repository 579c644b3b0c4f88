import { procedureSamples } from '@dvc-kit/procedures';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AdminUnitsProvider } from '../../src/components/form/admin-units.js';
import { control, definition, field, mountForm, onePage, settle, widget } from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

function buttons(root: Element, part: string): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>(`button[part~="${part}"]`)];
}

describe('repeatable groups', () => {
  it('adds and removes items with labelled buttons, moving focus into the new item', async () => {
    const form = await mountForm(onePage(definition('permanent-residence-registration')));
    const members = field(form, '/householdMembers');
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

describe('province and commune fields', () => {
  const provider: AdminUnitsProvider & { calls: string[] } = {
    calls: [],
    provinces() {
      this.calls.push('provinces');
      return Promise.resolve([
        { code: '01', name: 'Hà Nội' },
        { code: '79', name: 'TP Hồ Chí Minh' },
      ]);
    },
    // Communes come as the sdk's paginated lists do: an async iterable of richer records.
    async *communes(province) {
      this.calls.push(`communes ${province}`);
      await Promise.resolve();
      if (province === '01') yield { code: '00004', name: 'Phường Ba Đình', provinceCode: '01' };
      else yield { code: '26734', name: 'Phường Sài Gòn', provinceCode: '79' };
    },
  };

  it('are selects fed by the adminUnits provider, the communes following the province', async () => {
    const form = await mountForm(definition('death-registration'), { adminUnits: provider });
    const province = '/deceased/lastResidence/province';
    const commune = '/deceased/lastResidence/commune';
    await expect
      .poll(() => (widget(form, province) as unknown as { options: unknown[] }).options.length)
      .toBe(2);
    expect(widget(form, province).localName).toBe('dvc-select-field');
    const select = control(form, province) as unknown as HTMLSelectElement;
    await userEvent.selectOptions(select, '01');
    await expect
      .poll(() =>
        (widget(form, commune) as unknown as { options: { label: string }[] }).options.map((o) => o.label),
      )
      .toEqual(['Phường Ba Đình']);
    await userEvent.selectOptions(control(form, commune), '00004');
    expect(form.value['deceased']).toMatchObject({ lastResidence: { province: '01', commune: '00004' } });
    await userEvent.selectOptions(select, '79');
    await settle(form);
    expect(form.value['deceased']).toMatchObject({ lastResidence: { province: '79' } });
    expect((form.value['deceased'] as { lastResidence: object }).lastResidence).not.toHaveProperty('commune');
    expect(provider.calls).toContain('communes 79');
  });

  it('are text fields checked as codes without a provider', async () => {
    const form = await mountForm(definition('death-registration'));
    const commune = '/deceased/lastResidence/commune';
    expect(widget(form, commune).localName).toBe('dvc-text-field');
    await userEvent.type(control(form, commune), '12');
    await userEvent.tab();
    await settle(form);
    expect(widget(form, commune).error).not.toBe('');
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
    const place = field(form, '/deceased/lastResidence');
    expect(place.querySelector('legend')?.textContent).not.toBe('');
    expect(place.querySelector('[part="help"]')?.textContent).toContain('1/7/2025');
    const nationality = field(form, '/deceased/nationality');
    expect(nationality.querySelector(':scope > [part="help"]')?.textContent).toContain('ISO 3166-1');
  });
});
