/**
 * The store tells a field's subscriber (one that gave its pointer) of the changes at its pointer or
 * below it, and of everything (`null`); a keystroke elsewhere does not ask it. Subscribers without a
 * pointer (sections) hear every change.
 */
import { describe, expect, it } from 'vitest';
import { buildFormModel } from '../../../src/internal/form-model.js';
import { FormStore, type FormChanges } from '../../../src/internal/form-store.js';
import type { FieldNode } from '../../../src/internal/form-fields.js';
import type { FormFieldHandle } from '../../../src/components/form/form-field-handle.js';

const SCHEMA = {
  type: 'object',
  properties: {
    name: { type: 'string' },
    note: { type: 'string' },
    home: { type: 'object', properties: { street: { type: 'string' }, city: { type: 'string' } } },
  },
};

function heard(): { storeChanged(changes: FormChanges): void; calls: (string[] | null)[] } {
  const calls: (string[] | null)[] = [];
  return { calls, storeChanged: (changes) => calls.push(changes === null ? null : [...changes]) };
}

describe('the store tells each field of its own changes', () => {
  it('calls a field subscriber for its pointer, below it and for everything, not for the others', () => {
    const store = new FormStore(buildFormModel(SCHEMA));
    store.load({});
    const name = heard();
    const home = heard();
    const everyone = heard();
    store.subscribe(name, '/name');
    store.subscribe(home, '/home');
    store.subscribe(everyone);
    store.set('/note', 'a');
    store.set('/name', 'An');
    store.set('/home/city', 'Huế');
    store.notify(null);
    expect(name.calls).toEqual([['/name'], null]);
    expect(home.calls).toEqual([['/home/city'], null]);
    expect(everyone.calls).toEqual([['/note'], ['/name'], ['/home/city'], null]);
    store.unsubscribe(name, '/name');
    store.set('/name', 'Bình');
    expect(name.calls).toHaveLength(2);
  });
});

/** A field as `FieldSubscription` subscribes it: a subscriber the form can focus. */
function field(pointer: string): ReturnType<typeof heard> & FormFieldHandle & { focused: number } {
  const listener = heard();
  return Object.assign(listener, {
    node: buildFormModel(SCHEMA).steps[0]?.sections[0]?.fields.find(
      (f) => f.pointer === pointer,
    ) as FieldNode,
    widget: undefined,
    renderCount: 0,
    hidden: false,
    focused: 0,
    focus() {
      this.focused++;
    },
  });
}

describe('the subscribers of one pointer', () => {
  it('are told once each, however often they subscribed, and one leaving keeps the others', () => {
    const store = new FormStore(buildFormModel(SCHEMA));
    store.load({});
    const a = heard();
    const b = heard();
    store.subscribe(a, '/name');
    store.subscribe(a, '/name');
    store.subscribe(b, '/name');
    store.set('/name', 'An');
    expect(a.calls).toEqual([['/name']]);
    expect(b.calls).toEqual([['/name']]);
    store.unsubscribe(a, '/name');
    store.set('/name', 'Bình');
    expect(a.calls).toHaveLength(1);
    expect(b.calls).toEqual([['/name'], ['/name']]);
  });

  it('give the field the store focuses and lists: the newest field of a pointer, else its nearest ancestor’s', () => {
    const store = new FormStore(buildFormModel(SCHEMA));
    store.load({});
    const plain = heard();
    store.subscribe(plain, '/home/city');
    expect(store.focus('/home/city')).toBe(false);
    expect(store.shownFields()).toEqual([]);
    const home = field('/home');
    const older = field('/name');
    const newer = field('/name');
    store.subscribe(home, '/home');
    store.subscribe(older, '/name');
    store.subscribe(newer, '/name');
    expect(store.focus('/name')).toBe(true);
    expect([older.focused, newer.focused]).toEqual([0, 1]);
    expect(store.focus('/home/city')).toBe(true);
    expect(home.focused).toBe(1);
    expect(new Set(store.shownFields())).toEqual(new Set([home, older, newer]));
    store.unsubscribe(newer, '/name');
    store.focus('/name');
    expect(older.focused).toBe(1);
    store.unsubscribe(older, '/name');
    expect(store.focus('/name')).toBe(false);
    expect(store.shownFields()).toEqual([home]);
  });
});
