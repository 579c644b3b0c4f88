/**
 * A group's fields without Lit parts of their own (`form-group-fields.ts`): the widgets are the
 * group's children in order, with no comment markers between them, and rendering the group again
 * (a condition, a new item, a locale) keeps each widget element and what was typed in it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../src/components/form/form.js';
import {
  control,
  group,
  mountForm,
  settle,
  shownFields,
  widget,
  widgetRoot,
} from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

const schema = {
  type: 'object',
  properties: {
    person: {
      type: 'object',
      title: 'Người khai',
      properties: {
        name: { type: 'string', title: 'Họ và tên' },
        phone: { type: 'string', title: 'Điện thoại', 'x-dvc-help': 'Số di động' },
        email: { type: 'string', title: 'Thư điện tử' },
      },
    },
    kind: { type: 'string', title: 'Loại', enum: ['x', 'y'], default: 'x' },
    before: { type: 'string', title: 'Trước' },
    after: { type: 'string', title: 'Sau' },
    people: {
      type: 'array',
      title: 'Người',
      items: { type: 'object', properties: { name: { type: 'string', title: 'Tên' } } },
      default: [{}],
    },
  },
  allOf: [
    {
      if: { properties: { kind: { const: 'y' } }, required: ['kind'] },
      then: { properties: { yOnly: { type: 'string', title: 'Chỉ Y' } } },
    },
  ],
};

/** The element children and comment nodes of `parent`, as tag names and `#comment`. */
function childKinds(parent: Node): string[] {
  return [...parent.childNodes]
    .filter((n) => n.nodeType === Node.ELEMENT_NODE || n.nodeType === Node.COMMENT_NODE)
    .map((n) => (n instanceof Element ? n.localName : '#comment'));
}

/** Picks `kind` (a radio group) by a click on its option. */
async function pick(form: DvcForm, kind: string): Promise<void> {
  await userEvent.click(
    widgetRoot(widget(form, '/kind')).querySelector<HTMLInputElement>(`input[value="${kind}"]`)!,
  );
  await settle(form);
}

describe("a group's fields", () => {
  it('are its children in order, with no comment nodes between them, the help boxed with its widget', async () => {
    const form = await mountForm(schema);
    const name = widget(form, '/person/name');
    const phone = widget(form, '/person/phone');
    const email = widget(form, '/person/email');
    const fieldset = name.parentNode!;
    const kinds = childKinds(fieldset);
    const first = kinds.indexOf(name.localName);
    expect(kinds.slice(first, first + 3)).toEqual([name.localName, 'div', email.localName]);
    const box = phone.parentElement!;
    expect(box.parentNode).toBe(fieldset);
    expect([box.className, [...box.children].map((e) => e.localName)]).toEqual([
      'field',
      [phone.localName, 'p'],
    ]);
    const help = box.querySelector('p')!;
    expect([help.id, help.getAttribute('part'), help.textContent]).toEqual([
      `${phone.id}-help`,
      'help',
      'Số di động',
    ]);
    expect(control(form, '/person/phone').getAttribute('aria-describedby')).toContain(help.id);
  });

  it('show a field of a condition in its place and keep every widget and what was typed', async () => {
    const form = await mountForm(schema);
    const before = widget(form, '/before');
    await userEvent.type(control(form, '/before'), 'một');
    await userEvent.type(control(form, '/person/name'), 'An');
    await pick(form, 'y');
    const order = (): string[] => shownFields(form).map((f) => f.node.pointer);
    expect(order()).toContain('/yOnly');
    await userEvent.type(control(form, '/yOnly'), 'hai');
    const yOnly = widget(form, '/yOnly');
    await pick(form, 'x');
    expect(yOnly.isConnected).toBe(false);
    await pick(form, 'y');
    expect(widget(form, '/before')).toBe(before);
    expect(control(form, '/before').value).toBe('một');
    expect(control(form, '/person/name').value).toBe('An');
    expect(control(form, '/yOnly').value).toBe('hai');
    // Shown again where the model puts it: the same order as a form mounted with it shown.
    const shown = order();
    document.body.replaceChildren();
    const fresh = await mountForm(schema, { data: { kind: 'y', people: [{}] } });
    expect(shown).toEqual(shownFields(fresh).map((f) => f.node.pointer));
  });

  it("keep the earlier items' widgets when an item is added, and the group's element on a locale change", async () => {
    const form = await mountForm(schema);
    const people = group(form, '/people');
    await userEvent.type(control(form, '/people/0/name'), 'Ba');
    const first = widget(form, '/people/0/name');
    await userEvent.click(people.querySelector<HTMLButtonElement>('button[part~="add-button"]')!);
    await settle(form);
    expect(widget(form, '/people/0/name')).toBe(first);
    expect(control(form, '/people/0/name').value).toBe('Ba');
    expect(widget(form, '/people/1/name').isConnected).toBe(true);
    const person = group(form, '/person');
    const name = widget(form, '/person/name');
    form.locale = 'en';
    await settle(form);
    expect(group(form, '/person')).toBe(person);
    expect(widget(form, '/person/name')).toBe(name);
    expect(form.value).toMatchObject({ people: [{ name: 'Ba' }, {}] });
  });
});
