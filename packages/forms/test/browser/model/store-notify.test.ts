/**
 * The store tells a field's subscriber (one that gave its pointer) of the changes at its pointer or
 * below it, and of everything (`null`); a keystroke elsewhere does not ask it. Subscribers without a
 * pointer (sections) hear every change.
 */
import { describe, expect, it } from 'vitest';
import { buildFormModel } from '../../../src/internal/form-model.js';
import { FormStore, type FormChanges } from '../../../src/internal/form-store.js';

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
