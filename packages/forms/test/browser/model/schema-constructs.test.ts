import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../../src/components/form/form.js';
import {
  control,
  group,
  mountForm,
  settle,
  shownFields,
  submitted,
  widget,
  widgetRoot,
} from '../helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

function pointers(form: DvcForm): string[] {
  return shownFields(form).map((f) => f.node.pointer);
}

function choicePicker(
  form: DvcForm,
  pointer: string,
): HTMLElement & { value: string; options: { label: string }[] } {
  const host = pointer === '' ? form.shadowRoot! : group(form, pointer);
  const picker = host.querySelector<HTMLElement & { value: string; options: { label: string }[] }>('.choice');
  if (picker === null) throw new Error(`No choice at ${pointer}`);
  return picker;
}

const address = {
  type: 'object',
  properties: {
    address: {
      title: 'Địa chỉ',
      oneOf: [
        {
          title: 'Trong nước',
          type: 'object',
          properties: { street: { type: 'string', title: 'Đường' }, ward: { type: 'string' } },
          required: ['street'],
        },
        {
          title: 'Nước ngoài',
          type: 'object',
          properties: { country: { type: 'string' }, line: { type: 'string' } },
          required: ['country'],
        },
      ],
    },
  },
};

describe('nothing given is lost', () => {
  it('gives back a value inside a oneOf branch, in value and dvc-submit', async () => {
    const form = await mountForm(address, { data: { address: { street: '1 Tràng Tiền' } } });
    expect(form.value).toEqual({ address: { street: '1 Tràng Tiền' } });
    expect(pointers(form)).toEqual(['/address', '/address/street', '/address/ward']);
    const detail = await submitted(form);
    expect(detail?.data).toEqual({ address: { street: '1 Tràng Tiền' } });
    expect(detail?.unshown).toEqual([]);
  });

  it('keeps and reports undeclared keys, and keeps given empty values and nulls', async () => {
    const schema = {
      type: 'object',
      properties: {
        name: { type: 'string' },
        note: { type: 'string' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    };
    const data = { name: 'An', note: '', tags: [], extra: { a: 1 }, other: null };
    const form = await mountForm(schema, { data });
    const detail = await submitted(form);
    expect(detail?.data).toEqual(data);
    expect(detail?.unshown).toEqual(['/extra', '/other']);
  });
});

describe('choices', () => {
  it('switches oneOf branches keeping each branch’s values, submitting only the chosen one', async () => {
    const form = await mountForm(address);
    const picker = choicePicker(form, '/address');
    expect(picker.options.map((o) => o.label)).toEqual(['Trong nước', 'Nước ngoài']);
    await userEvent.type(control(form, '/address/street'), '5 Hàng Bài');
    picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await settle(form);
    expect(pointers(form)).toEqual(['/address', '/address/country', '/address/line']);
    await userEvent.type(control(form, '/address/country'), 'Pháp');
    expect(form.value).toEqual({ address: { country: 'Pháp' } });
    choicePicker(form, '/address').shadowRoot!.querySelectorAll<HTMLInputElement>('input')[0]!.click();
    await settle(form);
    expect(control(form, '/address/street').value).toBe('5 Hàng Bài');
    expect(form.value).toEqual({ address: { street: '5 Hàng Bài' } });
  });

  it('renders a root oneOf like a nested one', async () => {
    const form = await mountForm({ ...address.properties.address, title: 'Root' });
    expect(choicePicker(form, '').options.map((o) => o.label)).toEqual(['Trong nước', 'Nước ngoài']);
    await userEvent.type(control(form, '/street'), 'Phố Huế');
    expect((await submitted(form))?.data).toEqual({ street: 'Phố Huế' });
  });

  it('offers oneOf const+title and x-dvc-labels by their labels; a lone const is read-only', async () => {
    const form = await mountForm({
      type: 'object',
      properties: {
        gender: {
          oneOf: [
            { const: 'm', title: 'Male' },
            { const: 'f', title: 'Female' },
          ],
        },
        color: { type: 'string', enum: ['r', 'g'], 'x-dvc-labels': { r: 'Đỏ', g: 'Xanh' } },
        kind: { const: 'person' },
      },
    });
    const labels = (p: string): string[] =>
      (widget(form, p) as unknown as { options: { label: string }[] }).options.map((o) => o.label);
    expect(labels('/gender')).toEqual(['Male', 'Female']);
    expect(labels('/color')).toEqual(['Đỏ', 'Xanh']);
    expect(widget(form, '/kind').readonly).toBe(true);
    expect(form.value).toEqual({ kind: 'person' });
    widgetRoot(widget(form, '/gender')).querySelectorAll<HTMLInputElement>('input')[1]!.click();
    await settle(form);
    expect(form.value).toEqual({ kind: 'person', gender: 'f' });
  });

  it('merges allOf for rendering', async () => {
    const form = await mountForm({
      type: 'object',
      properties: {
        person: {
          allOf: [
            { properties: { firstName: { type: 'string' } } },
            { properties: { age: { type: 'integer' } } },
          ],
        },
      },
    });
    expect(pointers(form)).toEqual(['/person', '/person/firstName', '/person/age']);
    expect(widget(form, '/person/firstName').label).toBe('First name');
  });
});

describe('keywords', () => {
  it('fills default into a new form and a new item; readOnly shows without editing and keeps the value', async () => {
    const schema = {
      type: 'object',
      properties: {
        country: { type: 'string', default: 'Việt Nam' },
        id: { type: 'string', readOnly: true },
        phones: { type: 'array', title: 'Phone', items: { type: 'string' } },
        people: {
          type: 'array',
          items: { type: 'object', properties: { role: { type: 'string', default: 'member' } } },
        },
      },
    };
    const fresh = await mountForm(schema);
    expect(fresh.value).toEqual({ country: 'Việt Nam' });
    fresh.remove();
    const form = await mountForm(schema, { data: { id: 'X-1' } });
    expect(form.value).toEqual({ id: 'X-1' });
    expect(widget(form, '/id').readonly).toBe(true);
    group(form, '/phones').querySelector<HTMLButtonElement>('button[part~="add-button"]')!.click();
    group(form, '/people').querySelector<HTMLButtonElement>('button[part~="add-button"]')!.click();
    await settle(form);
    expect(form.value).toEqual({ id: 'X-1', phones: [''], people: [{ role: 'member' }] });
    expect(widget(form, '/phones/0').label).toBe('Phone 1');
  });

  it('types tuple items by position', async () => {
    const form = await mountForm(
      {
        type: 'object',
        properties: {
          pair: { type: 'array', prefixItems: [{ type: 'string' }, { type: 'number' }], minItems: 2 },
        },
      },
      { data: { pair: ['a', 1] } },
    );
    await userEvent.clear(control(form, '/pair/1'));
    await userEvent.type(control(form, '/pair/1'), '42');
    expect(form.value).toEqual({ pair: ['a', 42] });
  });

  it('renders a recursive $ref lazily: the child appears on Add', async () => {
    const form = await mountForm(
      {
        type: 'object',
        title: 'Node',
        properties: { name: { type: 'string' }, child: { $ref: '#' } },
      },
      { data: { name: 'a', child: { name: 'b' } } },
    );
    expect(form.value).toEqual({ name: 'a', child: { name: 'b' } });
    expect(pointers(form)).toContain('/child/name');
    const add = group(form, '/child/child').querySelector<HTMLButtonElement>('button');
    expect(add?.textContent.trim()).toBe('Thêm Node');
    add!.click();
    await settle(form);
    expect(pointers(form)).toContain('/child/child/name');
  });
});
