/**
 * The store's subscribers: those of every change (sections, the summary) and the fields', by
 * pointer, so a keystroke tells the field typed in and those above it (an address shows its parts'
 * messages), never every field. A pointer holds its one subscriber itself (a field), or a list when
 * several share it: no `Set` per field (heap after render, docs/decisions/0019-widgets-in-the-form.md).
 */
import { parentPointer } from '@dvc-kit/validation';
import type { FormFieldHandle } from '../components/form/form-field-handle.js';

/** The pointers (and `section:<id>` keys) that changed; `null` means everything. */
export type FormChanges = ReadonlySet<string> | null;

/** A subscriber of the store: a function, or an object with `storeChanged` (one per field, no closure). */
export type FormListener = ((changes: FormChanges) => void) | { storeChanged(changes: FormChanges): void };

/** A field the form can focus (and tests and devtools find): a subscriber of its pointer with `focus`. */
export type FocusTarget = FormFieldHandle;

/** The subscribers of one pointer: one, or several in the order they came. */
type AtPointer = FormListener | FormListener[];

/** The subscribers of one form's store. */
export class StoreListeners {
  private readonly all = new Set<FormListener>();
  private readonly byPointer = new Map<string, AtPointer>();

  /** Adds `listener` (of `pointer`, if given); adding it again changes nothing. */
  add(listener: FormListener, pointer?: string): void {
    if (pointer === undefined) {
      this.all.add(listener);
      return;
    }
    const at = this.byPointer.get(pointer);
    if (at === undefined) this.byPointer.set(pointer, listener);
    else if (!Array.isArray(at)) {
      if (at !== listener) this.byPointer.set(pointer, [at, listener]);
    } else if (!at.includes(listener)) at.push(listener);
  }

  /** Removes `listener` (of `pointer`, if it gave one). */
  remove(listener: FormListener, pointer?: string): void {
    if (pointer === undefined) {
      this.all.delete(listener);
      return;
    }
    const at = this.byPointer.get(pointer);
    if (at === listener) this.byPointer.delete(pointer);
    else if (Array.isArray(at)) {
      const rest = at.filter((l) => l !== listener);
      this.byPointer.set(pointer, rest.length === 1 ? (rest[0] as FormListener) : rest);
    }
  }

  /** The field at `pointer`: its last subscriber that takes focus (a field), if any. */
  field(pointer: string): FocusTarget | undefined {
    return [this.byPointer.get(pointer)].flat().findLast(isField);
  }

  /** Every subscriber of a pointer that takes focus (the fields shown). */
  fields(): FocusTarget[] {
    return [...this.byPointer.values()].flat().filter(isField);
  }

  /**
   * Tells the subscribers concerned what changed: everyone of `null` (everything may have), else
   * the subscribers of every change and those of each changed pointer and its ancestors.
   */
  notify(changes: FormChanges): void {
    const told = [...this.all];
    if (changes === null) told.push(...[...this.byPointer.values()].flat());
    else {
      const fields: (FormListener | undefined)[] = [];
      for (const changed of changes) {
        if (changed.startsWith('section:')) continue;
        for (let p = changed; ; p = parentPointer(p)) {
          fields.push(...[this.byPointer.get(p)].flat());
          if (p === '') break;
        }
      }
      for (const listener of new Set(fields)) if (listener !== undefined) told.push(listener);
    }
    for (const listener of told) {
      if (typeof listener === 'function') listener(changes);
      else listener.storeChanged(changes);
    }
  }
}

/** Whether a subscriber is a field (`FieldSubscription`'s): one the form can focus. */
function isField(listener: FormListener | undefined): listener is FormListener & FocusTarget {
  return typeof listener === 'object' && typeof (listener as Partial<FocusTarget>).focus === 'function';
}
