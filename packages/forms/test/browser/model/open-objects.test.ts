/** Open objects (`additionalProperties`, `patternProperties`) as a key-value editor, in Chromium. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../../src/components/form/form.js';
import { control, focusedWidget, mountForm, settle, submitted, widget } from '../helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

type KeyField = HTMLElement & { value: string; error: string; label: string };

function keyFields(form: DvcForm): KeyField[] {
  return [...(form.shadowRoot?.querySelectorAll<KeyField>('dvc-form-entries .entry-key') ?? [])];
}

function keyInput(key: KeyField): HTMLInputElement {
  const input = key.shadowRoot?.querySelector('input');
  if (input === null || input === undefined) throw new Error('No key input');
  return input;
}

const scores = {
  type: 'object',
  properties: { name: { type: 'string', title: 'Họ và tên' } },
  additionalProperties: { type: 'integer', minimum: 0 },
};

describe('open objects', () => {
  it('shows the extra keys of the data as entries and submits them unchanged, none unshown', async () => {
    const form = await mountForm(scores, { data: { name: 'An', toan: 9, van: 8 } });
    expect(keyFields(form).map((k) => k.value)).toEqual(['toan', 'van']);
    expect(widget(form, '/toan').value).toBe(9);
    const detail = await submitted(form);
    expect(detail?.data).toEqual({ name: 'An', toan: 9, van: 8 });
    expect(detail?.unshown).toEqual([]);
  });

  it('adds an entry with the keyboard: Enter on "Thêm mục", type the key, Tab, type the value', async () => {
    const form = await mountForm(scores, { data: { name: 'An' } });
    const add = form.shadowRoot!.querySelector<HTMLButtonElement>('dvc-form-entries [part~="add-button"]')!;
    expect(add.textContent.trim()).toBe('Thêm mục');
    add.focus();
    await userEvent.keyboard('{Enter}');
    await settle(form);
    await userEvent.keyboard('ly');
    await userEvent.tab();
    await settle(form);
    expect(keyFields(form).map((k) => k.value)).toEqual(['ly']);
    expect(focusedWidget(form.shadowRoot!)).toBe(widget(form, '/ly'));
    await userEvent.keyboard('7');
    await settle(form);
    const detail = await submitted(form);
    expect(detail?.data).toEqual({ name: 'An', ly: 7 });
  });

  it('renames a key in place and refuses an empty or taken key with a message', async () => {
    const form = await mountForm(scores, { data: { name: 'An', toan: 9, van: 8 } });
    const [first] = keyFields(form);
    await userEvent.clear(keyInput(first!));
    await userEvent.type(keyInput(first!), 'van');
    await userEvent.tab();
    await settle(form);
    expect(first!.error).toBe('Khóa “van” đã có trong biểu mẫu.');
    expect(form.value).toEqual({ name: 'An', toan: 9, van: 8 });
    await userEvent.clear(keyInput(first!));
    await userEvent.type(keyInput(first!), 'hoa');
    await userEvent.tab();
    await settle(form);
    expect(first!.error).toBe('');
    expect(Object.keys(form.value)).toEqual(['name', 'hoa', 'van']);
    expect(form.value).toEqual({ name: 'An', hoa: 9, van: 8 });
  });

  it('checks keys against patternProperties and propertyNames; values typed by the matching pattern', async () => {
    const schema = {
      type: 'object',
      patternProperties: { '^n-': { type: 'number' }, '^s-': { type: 'string' } },
      propertyNames: { maxLength: 6 },
      additionalProperties: false,
    };
    const form = await mountForm(schema, { data: { 'n-a': 1.5, 's-b': 'chữ' } });
    expect(widget(form, '/n-a').value).toBe(1.5);
    expect(widget(form, '/s-b').value).toBe('chữ');
    const [first, second] = keyFields(form);
    await userEvent.clear(keyInput(first!));
    await userEvent.type(keyInput(first!), 'abc');
    await userEvent.tab();
    await settle(form);
    expect(keyFields(form)[0]!.error).toBe('Tên khóa phải khớp mẫu ^n- | ^s-.');
    await userEvent.clear(keyInput(second!));
    await userEvent.type(keyInput(second!), 's-toolong');
    await userEvent.tab();
    await settle(form);
    expect(keyFields(form)[1]!.error).toBe('Tên khóa phải dài từ 0 đến 6 ký tự.');
    expect(await submitted(form)).toBeUndefined();
  });

  it('removes an entry and moves focus to the next key, then to "Thêm mục"', async () => {
    const form = await mountForm(scores, { data: { toan: 9, van: 8 } });
    const remove = (): HTMLButtonElement =>
      form.shadowRoot!.querySelector<HTMLButtonElement>('dvc-form-entries [part~="remove-button"]')!;
    expect(remove().textContent.trim()).toBe('Xóa mục “toan”');
    remove().focus();
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(keyFields(form).map((k) => k.value)).toEqual(['van']);
    expect(form.shadowRoot!.activeElement).toBe(keyFields(form)[0]);
    remove().focus();
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(form.shadowRoot!.activeElement?.textContent.trim()).toBe('Thêm mục');
    expect(form.value).toEqual({});
  });

  it('types values of `additionalProperties: true` by their value; reports only what it cannot show', async () => {
    const schema = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true };
    const data = { a: 'x', s: 'chữ', n: 2, b: true, o: { k: 1 }, z: null };
    const form = await mountForm(schema, { data, locale: 'en' });
    expect(keyFields(form).map((k) => k.value)).toEqual(['s', 'n', 'b']);
    await userEvent.type(control(form, '/s'), ' thêm');
    const detail = await submitted(form);
    expect(detail?.data).toEqual({ ...data, s: 'chữ thêm' });
    expect(detail?.unshown).toEqual(['/o', '/z']);
  });

  it('edits the open object inside a group, with English labels', async () => {
    const schema = {
      type: 'object',
      properties: {
        labels: { type: 'object', title: 'Labels', additionalProperties: { type: 'string' } },
      },
    };
    const form = await mountForm(schema, { data: { labels: { vi: 'Xin chào' } }, locale: 'en' });
    expect(form.shadowRoot!.querySelector('dvc-form-entries legend')?.textContent).toBe('Entry “vi”');
    expect(keyFields(form)[0]!.label).toBe('Key');
    const detail = await submitted(form);
    expect(detail?.data).toEqual({ labels: { vi: 'Xin chào' } });
    expect(detail?.unshown).toEqual([]);
  });
});

describe('enumNames (legacy react-jsonschema-form)', () => {
  it('labels the options with enumNames and submits the chosen value', async () => {
    const schema = {
      type: 'object',
      properties: {
        gender: { type: 'string', title: 'Giới tính', enum: ['m', 'f'], enumNames: ['Nam', 'Nữ'] },
      },
    };
    const form = await mountForm(schema, { data: { gender: 'f' } });
    const radio = widget(form, '/gender') as ReturnType<typeof widget> & { options: { label: string }[] };
    expect(radio.options.map((o) => o.label)).toEqual(['Nam', 'Nữ']);
    const detail = await submitted(form);
    expect(detail?.data).toEqual({ gender: 'f' });
  });
});
