import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { control, mountForm, settle, widget } from '../../../test/browser/helpers/form-fixture.js';
import type { DvcChangeEvent } from '../../events/change.js';
import type { DvcFormControl } from '../../form-control/form-control.js';
import type { DvcSubmitEvent } from '../../events/submit.js';

const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  title: 'Đăng ký nhận tin',
  properties: {
    fullName: { type: 'string', title: 'Họ và tên', description: 'Như trên CCCD', minLength: 2 },
    phone: { type: 'string', title: 'Số điện thoại', format: 'vn-mobile' },
    note: { type: 'string', title: 'Ghi chú' },
  },
  required: ['fullName', 'phone'],
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('<dvc-form> rendering', () => {
  it('renders a plain JSON Schema: title as label, description as hint, required markers', async () => {
    const form = await mountForm(schema);
    const name = widget(form, '/fullName');
    expect([name.label, name.hint, name.required]).toEqual(['Họ và tên', 'Như trên CCCD', true]);
    expect(widget(form, '/note').required).toBe(false);
    expect(form.shadowRoot?.querySelector('[part="title"]')?.textContent).toBe('Đăng ký nhận tin');
  });

  it("leaves a widget's own check until something asks, and then answers it current", async () => {
    const form = await mountForm(schema);
    const name = widget(form, '/fullName') as unknown as DvcFormControl;
    // Nothing shown before the citizen does anything, yet the validity read is up to date.
    expect(name.error).toBe('');
    expect(name.validity.valueMissing).toBe(true);
    expect(name.validationMessage).not.toBe('');
    await userEvent.type(control(form, '/fullName'), 'A');
    await settle(form);
    expect(name.validity.valueMissing).toBe(false);
    expect(name.checkValidity()).toBe(true);
  });

  it('renders the initial data and reports typing through dvc-change', async () => {
    const form = await mountForm(schema, { data: { fullName: 'Lan' } });
    expect(control(form, '/fullName').value).toBe('Lan');
    const changes: unknown[] = [];
    form.addEventListener('dvc-change', (e) => changes.push([e.detail.path, e.detail.value]));
    await userEvent.type(control(form, '/phone'), '09');
    expect(changes).toEqual([
      ['/phone', '0'],
      ['/phone', '09'],
    ]);
  });

  it("hears typing in a nested group's field (the shared listener of the root it renders in), once per key", async () => {
    const grouped = {
      type: 'object',
      properties: {
        person: {
          type: 'object',
          title: 'Người khai',
          properties: {
            contact: {
              type: 'object',
              title: 'Liên hệ',
              properties: { phone: { type: 'string', title: 'Số điện thoại' } },
            },
          },
        },
      },
    };
    const form = await mountForm(grouped);
    const changes: unknown[] = [];
    form.addEventListener('dvc-change', (e) => changes.push([e.detail.path, e.detail.value]));
    await userEvent.type(control(form, '/person/contact/phone'), '09');
    expect(changes).toEqual([
      ['/person/contact/phone', '0'],
      ['/person/contact/phone', '09'],
    ]);
    expect(form.value).toEqual({ person: { contact: { phone: '09' } } });
  });

  it('validates a field on blur, then on every input once it shows a message', async () => {
    const form = await mountForm(schema);
    await userEvent.click(control(form, '/phone'));
    await userEvent.keyboard('0');
    expect(widget(form, '/phone').error).toBe('');
    await userEvent.tab();
    await settle(form);
    expect(widget(form, '/phone').error).not.toBe('');
    await userEvent.click(control(form, '/phone'));
    await userEvent.keyboard('912345678');
    await settle(form);
    expect(widget(form, '/phone').error).toBe('');
  });

  it('on a failed submit shows a focused summary whose links focus their fields', async () => {
    const form = await mountForm(schema, { locale: 'en' });
    const invalid: unknown[] = [];
    form.addEventListener('dvc-invalid', (e) => invalid.push(e.detail.issues.map((i) => i.pointer)));
    await userEvent.click(form.shadowRoot!.querySelector<HTMLElement>('[part="submit-button"]')!);
    await settle(form);
    expect(invalid).toEqual([['/fullName', '/phone']]);
    const summary = form.shadowRoot!.querySelector('dvc-error-summary')!;
    const box = summary.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
    expect(box.textContent).toContain('There is a problem');
    expect(summary.shadowRoot!.activeElement).toBe(box);
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual([
      widget(form, '/fullName').error,
      widget(form, '/phone').error,
    ]);
    await userEvent.click(links[1]!);
    expect(control(form, '/phone').matches(':focus')).toBe(true);
  });

  it('submits valid data once, ignoring a second submit while the first is in flight', async () => {
    const form = await mountForm(schema, { data: { fullName: 'Nguyễn Lan', phone: '0912345678', note: '' } });
    let release!: () => void;
    const seen: unknown[] = [];
    form.addEventListener('dvc-submit', (e: DvcSubmitEvent) => {
      seen.push(e.detail.data);
      e.detail.waitUntil(new Promise<void>((r) => (release = r)));
    });
    const first = form.submit();
    expect(form.submitting).toBe(true);
    expect(await form.submit()).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(form.submitting).toBe(false);
    // The empty note was given, so it comes back: the form never drops what it was given.
    expect(seen).toEqual([{ fullName: 'Nguyễn Lan', phone: '0912345678', note: '' }]);
  });

  it('re-renders only the field typed in', async () => {
    const form = await mountForm(schema);
    const fields = form.shownFields();
    const before = fields.map((f) => f.renderCount);
    await userEvent.type(control(form, '/note'), 'abc');
    await settle(form);
    const renders = Object.fromEntries(
      fields.map((f, i) => [f.node.pointer, f.renderCount - (before[i] ?? 0)]),
    );
    expect(renders).toEqual({ '/fullName': 0, '/phone': 0, '/note': 3 });
  });

  it('fires its events from the host, bubbling and composed, with copies of the data', async () => {
    const form = await mountForm(schema, { data: { fullName: 'Nguyễn Lan' } });
    const seen: Event[] = [];
    const record = (e: Event): void => {
      seen.push(e);
    };
    for (const type of ['dvc-change', 'dvc-invalid', 'dvc-submit'] as const)
      document.addEventListener(type, record);
    await userEvent.type(control(form, '/phone'), '0');
    await form.submit();
    await userEvent.type(control(form, '/phone'), '912345678');
    await form.submit();
    for (const type of ['dvc-change', 'dvc-invalid', 'dvc-submit'] as const)
      document.removeEventListener(type, record);
    expect(seen.map((e) => e.type)).toEqual([
      'dvc-change',
      'dvc-invalid',
      ...Array<string>(9).fill('dvc-change'),
      'dvc-submit',
    ]);
    expect(seen.every((e) => e.bubbles && e.composed && e.target === form)).toBe(true);
    const change = seen[0] as DvcChangeEvent;
    expect(change.detail).toEqual({
      path: '/phone',
      value: '0',
      data: { fullName: 'Nguyễn Lan', phone: '0' },
    });
    change.detail.data['phone'] = 'changed';
    expect(form.value['phone']).toBe('0912345678');
    expect((seen.at(-1) as DvcSubmitEvent).detail.data).toEqual({
      fullName: 'Nguyễn Lan',
      phone: '0912345678',
    });
  });
});
