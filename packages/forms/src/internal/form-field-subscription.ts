/**
 * A field's place in its form's store while it is connected: the store's subscriber (it calls
 * `storeChanged`) and the focus target of its pointer. Shared by `<dvc-form-field>` (groups) and
 * the `leafField` directive (every other field).
 */
import type { FormFieldHandle } from '../components/form/form-field-handle.js';
import type { FormChanges, FormStore } from './form-store.js';

/** A field the store can tell about changes and focus. */
export type StoreField = FormFieldHandle & { storeChanged(changes: FormChanges): void };

/** The subscription of one field. */
export class FieldSubscription {
  private current: { store: FormStore; pointer: string } | undefined = undefined;

  constructor(private readonly field: StoreField) {}

  /** Subscribes the field to `store` for `pointer` (ending the previous subscription); not while disconnected. */
  start(store: FormStore | undefined, pointer: string, connected: boolean): void {
    this.end();
    if (store === undefined || !connected) return;
    this.current = { store, pointer };
    store.subscribe(this.field, pointer);
    store.register(pointer, this.field);
  }

  /** Ends the subscription, if any. */
  end(): void {
    const current = this.current;
    if (current === undefined) return;
    current.store.unsubscribe(this.field, current.pointer);
    current.store.unregister(current.pointer, this.field);
    this.current = undefined;
  }
}
