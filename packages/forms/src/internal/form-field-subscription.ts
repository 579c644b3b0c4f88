/**
 * A field's place in its form's store while it is connected: the store's subscriber of its pointer
 * (it calls `storeChanged`), and so the field the store focuses there. Shared by `<dvc-form-field>` (groups) and
 * `LeafField` (every other field, `form-leaf-field.ts`).
 */
import type { FormFieldHandle } from '../components/form/form-field-handle.js';
import type { FormChanges, FormStore } from './form-store.js';

/** A field the store can tell about changes and focus. */
export type StoreField = FormFieldHandle & { storeChanged(changes: FormChanges): void };

/** The subscription of one field. */
export class FieldSubscription {
  /** The store subscribed to (none while the field is not subscribed) and the pointer it gave. */
  private store: FormStore | undefined = undefined;
  private pointer = '';

  constructor(private readonly field: StoreField) {}

  /** Subscribes the field to `store` for `pointer` (ending the previous subscription); not while disconnected. */
  start(store: FormStore | undefined, pointer: string, connected: boolean): void {
    this.end();
    if (store === undefined || !connected) return;
    this.store = store;
    this.pointer = pointer;
    store.subscribe(this.field, pointer);
  }

  /** Ends the subscription, if any. */
  end(): void {
    const store = this.store;
    if (store === undefined) return;
    store.unsubscribe(this.field, this.pointer);
    this.store = undefined;
  }
}
