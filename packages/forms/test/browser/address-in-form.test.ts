/**
 * `<dvc-address-field>` inside `<dvc-form>`: chosen by `x-dvc-widget: "address"`, its parts found by
 * `x-dvc-address` (not by property names), fed by the form's provider or by @dvc-kit/admin-units
 * loaded only when an address is on the page, old addresses mapped, every value kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcAddressField } from '../../src/components/address-field/address-field.js';
import type { AdminUnitsProvider } from '../../src/components/form/admin-units.js';
// Not form-fixture.ts: its @dvc-kit/procedures imports @dvc-kit/admin-units, which the first test
// must see the form load on demand.
import { field, mountForm, settle, widget } from './helpers/form-mount.js';

afterEach(() => {
  document.body.replaceChildren();
});

// The dev server serves hundreds of modules: room for all of their timings. Were @dvc-kit/admin-units
// among this file's imports, the first test could not see the form load it: it checks they were not.
const loadedByImports = unitRequests();
performance.clearResourceTimings();
performance.setResourceTimingBufferSize(100_000);

const label = (vi: string, en: string) => ({ 'x-dvc-label': { vi, en } });

/** An address whose properties have names no code knows: only `x-dvc-address` says what they are. */
const OWN_NAMES = {
  type: 'object',
  properties: {
    noiO: {
      type: 'object',
      'x-dvc-widget': 'address',
      'x-dvc-address': { province: 'tinh', commune: 'xa', detail: 'soNha' },
      ...label('Nơi ở', 'Residence'),
      properties: {
        tinh: { type: 'string', format: 'vn-province-code', ...label('Tỉnh', 'Province') },
        xa: { type: 'string', format: 'vn-commune-code', ...label('Xã', 'Commune') },
        soNha: { type: 'string', minLength: 1, ...label('Số nhà', 'House') },
      },
      required: ['tinh', 'xa', 'soNha'],
    },
  },
  required: ['noiO'],
};

function unitRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => /packages\/admin-units\/|@dvc-kit_admin-units/.test(name));
}

function address(form: HTMLElement, pointer: string): DvcAddressField {
  return widget(form as never, pointer) as unknown as DvcAddressField;
}

describe('an address in <dvc-form>', () => {
  it('loads no unit data for a form without an address, and loads it for one with an address', async () => {
    expect(loadedByImports).toEqual([]);
    const form = await mountForm({
      type: 'object',
      properties: { name: { type: 'string', ...label('Họ tên', 'Name') } },
    });
    await settle(form);
    expect(unitRequests()).toEqual([]);
    document.body.replaceChildren();
    const withAddress = await mountForm(OWN_NAMES);
    await address(withAddress, '/noiO').whenLoaded();
    expect(unitRequests().length).toBeGreaterThan(0);
  });

  it('finds its parts by x-dvc-address, is filled by keyboard and gives the data back under those names', async () => {
    const form = await mountForm(OWN_NAMES);
    const element = address(form, '/noiO');
    expect(element.localName).toBe('dvc-address-field');
    await element.whenLoaded();
    element.focus();
    await userEvent.keyboard('ho chi minh');
    await element.whenLoaded();
    await userEvent.keyboard('{Enter}');
    await element.whenLoaded();
    await userEvent.tab();
    await userEvent.keyboard('phuong sai gon{Enter}');
    await userEvent.tab();
    await userEvent.keyboard('1 Lê Lợi');
    await settle(form);
    const { noiO } = form.value as { noiO: Record<string, string> };
    expect(noiO).toEqual({ tinh: '79', xa: noiO['xa'], soNha: '1 Lê Lợi' });
    expect(noiO['xa']).toMatch(/^\d{5}$/);
    const commune = element.shadowRoot!.querySelector('[part~="commune"]')!.shadowRoot!;
    expect(commune.querySelector<HTMLInputElement>('[role="combobox"]')!.value).toBe('Phường Sài Gòn');
    expect(form.validate().ok).toBe(true);
  });

  it('shows each part’s message on the part after a failed submit, and gives a prefilled value back whole', async () => {
    const form = await mountForm(OWN_NAMES);
    expect(await form.submit()).toBe(false);
    await settle(form);
    const element = address(form, '/noiO');
    await element.whenLoaded();
    const province = element.shadowRoot!.querySelector<HTMLElement & { error: string }>(
      '[part~="province"]',
    )!;
    expect(province.error).not.toBe('');
    document.body.replaceChildren();
    const data = { noiO: { tinh: '01', xa: '00070', soNha: '12 Hàng Bài' } };
    const filled = await mountForm(OWN_NAMES, { data });
    await address(filled, '/noiO').whenLoaded();
    await settle(filled);
    expect(filled.value).toEqual(data);
  });

  it('is fed by the adminUnits provider when the form has one', async () => {
    const calls: string[] = [];
    const provider: AdminUnitsProvider = {
      provinces() {
        calls.push('provinces');
        return Promise.resolve([
          { code: '01', name: 'Hà Nội' },
          { code: '79', name: 'TP Hồ Chí Minh' },
        ]);
      },
      // As the sdk's paginated lists come: an async iterable of richer records.
      async *communes(province) {
        calls.push(`communes ${province}`);
        await Promise.resolve();
        if (province === '01') yield { code: '00004', name: 'Phường Ba Đình', provinceCode: '01' };
      },
    };
    const { getProcedureDefinition } = await import('@dvc-kit/procedures');
    const form = await mountForm(getProcedureDefinition('death-registration'), { adminUnits: provider });
    const element = address(form, '/deceased/lastResidence');
    await element.whenLoaded();
    element.focus();
    await userEvent.keyboard('ha noi{Enter}');
    await element.whenLoaded();
    await userEvent.tab();
    await userEvent.keyboard('ba dinh{Enter}');
    await settle(form);
    expect(form.value['deceased']).toMatchObject({ lastResidence: { province: '01', commune: '00004' } });
    expect(calls).toEqual(['provinces', 'communes 01']);
  });

  it('maps a prefilled pre-2025 address, and keeps one it cannot map until the citizen chooses', async () => {
    const data = { noiO: { tinh: '02', xa: '00691', soNha: '5 Nguyễn Trãi' } };
    const form = await mountForm(OWN_NAMES, { data });
    const element = address(form, '/noiO');
    await element.whenLoaded();
    await settle(form);
    expect(form.value).toEqual({ noiO: { tinh: '08', xa: '00691', soNha: '5 Nguyễn Trãi' } });
    expect(element.shadowRoot!.querySelector('[part="notice"]')!.textContent).toContain('1/7/2025');
    document.body.replaceChildren();
    // Not a ward of the old province: the value stays as given, and the citizen is asked.
    const unknown = { noiO: { tinh: '02', xa: '99999', soNha: '5 Nguyễn Trãi' } };
    const kept = await mountForm(OWN_NAMES, { data: unknown });
    await address(kept, '/noiO').whenLoaded();
    await settle(kept);
    expect(kept.value).toEqual(unknown);
    const alert = address(kept, '/noiO').shadowRoot!.querySelector('[part="legacy"]')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Vui lòng chọn lại');
    expect(field(kept, '/noiO')).toBeDefined();
  });
});
