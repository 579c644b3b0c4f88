import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { DvcForm } from '../../src/components/form/form.js';
import { control, group, mountForm, settle, widget } from './helpers/form-fixture.js';

afterEach(() => {
  document.body.replaceChildren();
});

const schema = {
  type: 'object',
  properties: {
    members: {
      type: 'array',
      title: 'Thành viên',
      'x-dvc-item-label': 'Thành viên {n}',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', title: 'Họ và tên' },
          children: {
            type: 'array',
            title: 'Con',
            items: { type: 'object', properties: { name: { type: 'string', title: 'Tên con' } } },
          },
        },
      },
    },
  },
};

function removeButtons(form: DvcForm): HTMLButtonElement[] {
  return [
    ...group(form, '/members').querySelectorAll<HTMLButtonElement>(
      ':scope > fieldset > ol > li > fieldset > button[part~="remove-button"]',
    ),
  ];
}

describe('focus after removing an item', () => {
  it('goes to the first field of the item that took its place, so Enter never removes a second item', async () => {
    const form = await mountForm(schema, {
      data: { members: [{ name: 'An' }, { name: 'Bình', children: [{ name: 'Cúc' }] }, { name: 'Chi' }] },
    });
    removeButtons(form)[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(form.value['members']).toEqual([{ name: 'An' }, { name: 'Chi' }]);
    expect(widget(form, '/members/1/name').matches(':focus-within')).toBe(true);
    expect(control(form, '/members/1/name').value).toBe('Chi');
    await userEvent.keyboard('{End}x');
    await settle(form);
    expect(form.value['members']).toEqual([{ name: 'An' }, { name: 'Chix' }]);
  });

  it('goes to "Add" when the last item is removed', async () => {
    const form = await mountForm(schema, { data: { members: [{ name: 'An' }, { name: 'Bình' }] } });
    removeButtons(form)[1]!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(form);
    const add = group(form, '/members').querySelector(':scope > fieldset > [part~="add-button"]');
    expect(document.activeElement).toBe(form);
    expect(form.shadowRoot!.activeElement).toBe(add);
    await userEvent.keyboard('{Enter}');
    await settle(form);
    expect(form.value['members']).toEqual([{ name: 'An' }, {}]);
  });
});
