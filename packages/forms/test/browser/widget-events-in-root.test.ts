/**
 * The widgets `<dvc-form>` renders in its root are heard through one listener of the root per event
 * type, not through listeners of their own and of each control, and their choices are rows a
 * directive keeps (docs/decisions/0019-widgets-in-the-form.md, "Session 11").
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcTextField } from '../../src/components/text-field/text-field.js';
import { mountForm, settle, widget } from './helpers/form-fixture.js';

const schema = {
  type: 'object',
  properties: {
    name: { type: 'string', title: 'Họ và tên', minLength: 2 },
    age: { type: 'integer', title: 'Tuổi', minimum: 0 },
    kind: { type: 'string', title: 'Loại', enum: ['a', 'b', 'c'] },
    tags: { type: 'array', title: 'Nhãn', items: { enum: ['x', 'y', 'z'] }, uniqueItems: true },
    agree: { type: 'boolean', title: 'Đồng ý' },
    email: { type: 'string', title: 'Thư điện tử', format: 'email' },
    letter: { type: 'string', title: 'Thư', maxLength: 1000 },
  },
  required: ['name'],
};

afterEach(() => {
  document.body.replaceChildren();
});

/** The elements given a listener while `run` runs. */
async function listenedTo(run: () => Promise<void>): Promise<unknown[]> {
  const spy = vi.spyOn(EventTarget.prototype, 'addEventListener');
  try {
    await run();
    return [...spy.mock.contexts];
  } finally {
    spy.mockRestore();
  }
}

function input(form: HTMLElement, pointer: string, selector = 'input, textarea'): HTMLInputElement {
  return widget(form as never, pointer).querySelector<HTMLInputElement>(selector)!;
}

describe("the widgets in <dvc-form>'s root", () => {
  it('add no listener to themselves or their controls; their root hears them', async () => {
    let form: HTMLElement | undefined;
    const targets = await listenedTo(async () => {
      form = await mountForm(schema);
    });
    const root = form!.shadowRoot!;
    const widgets = ['/name', '/age', '/kind', '/tags', '/agree', '/email', '/letter'].map((p) =>
      widget(form as never, p),
    );
    expect(widgets.every((w) => w.parentNode !== null && w.getRootNode() === root)).toBe(true);
    const inWidgets = targets.filter((t) => widgets.some((w) => t instanceof Node && w.contains(t)));
    expect(inWidgets).toEqual([]);
    expect(targets).toContain(root);
  });

  it('take what is typed, toggled and chosen, fire one change per commit, and check themselves on blur', async () => {
    const form = await mountForm(schema);
    const changes: string[] = [];
    form.addEventListener('change', (e) => changes.push((e.composedPath()[0] as Element).localName));
    await userEvent.type(input(form, '/name'), 'A');
    await userEvent.tab();
    await settle(form);
    expect(widget(form, '/name').value).toBe('A');
    // The widget's own check on blur, then the form's message (from the whole schema) on the field.
    expect(widget(form, '/name').error).not.toBe('');
    await userEvent.click(widget(form, '/kind').querySelectorAll('input')[1]!);
    await userEvent.click(widget(form, '/tags').querySelectorAll('input')[2]!);
    await userEvent.click(widget(form, '/tags').querySelectorAll('input')[0]!);
    await userEvent.click(input(form, '/agree'));
    await settle(form);
    expect(widget(form, '/kind').value).toBe('b');
    expect(widget(form, '/tags').value).toEqual(['x', 'z']);
    expect(widget(form, '/agree').value).toBe(true);
    expect((form as unknown as { value: Record<string, unknown> }).value).toMatchObject({
      name: 'A',
      kind: 'b',
      tags: ['x', 'z'],
      agree: true,
    });
    expect(changes).toEqual([
      'dvc-text-field',
      'dvc-radio-field',
      'dvc-checkbox-group-field',
      'dvc-checkbox-group-field',
      'dvc-checkbox-field',
    ]);
  });

  it('keep their choice when read-only, and show their message on invalid', async () => {
    const form = await mountForm(schema, { data: { kind: 'a', tags: ['y'], agree: true }, readonly: true });
    await userEvent.click(widget(form, '/kind').querySelectorAll('input')[2]!);
    await userEvent.click(widget(form, '/tags').querySelectorAll('input')[0]!);
    await userEvent.click(input(form, '/agree'));
    await settle(form);
    expect(widget(form, '/kind').value).toBe('a');
    expect(widget(form, '/tags').value).toEqual(['y']);
    expect(widget(form, '/agree').value).toBe(true);
    expect([...widget(form, '/kind').querySelectorAll('input')].map((i) => i.checked)).toEqual([
      true,
      false,
      false,
    ]);
    form.readonly = false;
    await settle(form);
    const name = widget(form, '/name') as unknown as DvcTextField;
    expect(name.error).toBe('');
    expect(name.checkValidity()).toBe(false);
    await name.updateComplete;
    expect(name.error).not.toBe('');
  });

  it('keep the rows of their choices in step with the options, ids and labels linked', async () => {
    const form = await mountForm(schema, { data: { kind: 'c' } });
    const kind = widget(form, '/kind') as unknown as HTMLElement & {
      options: { value: string; label: string }[];
    };
    const rows = (): string[][] =>
      [...kind.querySelectorAll('[part~="widget-option"]')].map((row) => {
        const choice = row.querySelector('input')!;
        const label = row.querySelector('label')!;
        expect(label.htmlFor).toBe(choice.id);
        expect(choice.labels?.[0]).toBe(label);
        return [choice.value, label.textContent, String(choice.checked)];
      });
    expect(rows()).toEqual([
      ['a', 'a', 'false'],
      ['b', 'b', 'false'],
      ['c', 'c', 'true'],
    ]);
    kind.options = [
      { value: 'c', label: 'Cờ' },
      { value: 'd', label: 'Dê' },
    ];
    await settle(form);
    expect(rows()).toEqual([
      ['c', 'Cờ', 'true'],
      ['d', 'Dê', 'false'],
    ]);
    await userEvent.click(kind.querySelectorAll('label')[1]!);
    await settle(form);
    expect((kind as unknown as { value: string }).value).toBe('d');
  });
});
