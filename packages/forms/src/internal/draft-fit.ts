/**
 * A draft written for another version of the definition, kept answer by answer: every value is
 * checked on its own against the current schema (`validateAt`), and a value that no longer fits, or
 * that belongs to a field the definition no longer has, is dropped and reported, never lost silently.
 */
import { childPointer, getPointer, isJsonObject, setPointer } from '@dvc-kit/validation';
import { cloneData } from './form-data.js';
import type { FormStore, StoreValidator } from './form-store.js';

/** An answer of an older draft that does not fit the current definition. */
export interface DroppedAnswer {
  /** JSON Pointer of the value in the draft's data. */
  pointer: string;
  /** The value as it was, so the citizen can type it again. */
  value: unknown;
}

/** The data that still fits, and what was dropped. */
export interface FittedDraft {
  data: Record<string, unknown>;
  dropped: DroppedAnswer[];
}

function leaves(value: unknown, pointer: string, out: string[]): string[] {
  if (isJsonObject(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, childPointer(pointer, key), out);
  } else if (Array.isArray(value) && value.some((v) => isJsonObject(v) || Array.isArray(v))) {
    value.forEach((child, i) => leaves(child, childPointer(pointer, i), out));
  } else if (pointer !== '') out.push(pointer);
  return out;
}

function remove(data: Record<string, unknown>, pointer: string, dropped: DroppedAnswer[]): void {
  const value = getPointer(data, pointer);
  if (value === undefined) return;
  dropped.push({ pointer, value: cloneData(value) });
  const parent = getPointer(data, pointer.slice(0, pointer.lastIndexOf('/')));
  // An item of a list becomes an empty object rather than a hole that shifts the other items.
  setPointer(data, pointer, Array.isArray(parent) ? {} : undefined);
}

/**
 * Loads into `store` what of `data` fits its definition and returns it with the dropped answers.
 * `store` holds the current definition; its data is replaced. `given` is the data the page gave.
 * `validator` is the store's (`store.validated`).
 */
export function fitDraft(
  store: FormStore,
  validator: StoreValidator,
  data: Record<string, unknown>,
  given: Record<string, unknown>,
): FittedDraft {
  const kept = cloneData(data);
  const dropped: DroppedAnswer[] = [];
  for (const pointer of leaves(kept, '', [])) {
    const result = validator.validateAt(pointer, kept, { locale: store.locale });
    if (!result.ok && result.issues.some((i) => i.pointer === pointer)) remove(kept, pointer, dropped);
  }
  store.load(kept, false, given);
  // Values the definition no longer shows anywhere (a removed field) are answers that no longer fit.
  const unshown = store.unshown();
  if (unshown.length > 0) {
    for (const pointer of unshown) remove(kept, pointer, dropped);
    store.load(kept, false, given);
  }
  return { data: kept, dropped };
}
