/** Test helper: edits a copy of a JSON document at a JSON Pointer, so mutation tables stay typed. */
import { pointerTokens } from '@dvc-kit/validation';

/** What to do at the pointer: set a value, delete the member, or push onto the array there. */
export type Edit = { set: unknown } | { push: unknown } | 'delete';

function parent(doc: unknown, pointer: string): [Record<string, unknown> | unknown[], string] {
  const tokens = pointerTokens(pointer);
  const last = tokens.pop();
  let cur: unknown = doc;
  for (const t of tokens) {
    if (typeof cur !== 'object' || cur === null) throw new Error(`No ${pointer}`);
    cur = (cur as Record<string, unknown>)[t];
  }
  if (typeof cur !== 'object' || cur === null || last === undefined) throw new Error(`No ${pointer}`);
  return [cur as Record<string, unknown>, last];
}

/** A deep copy of `doc` with `edit` applied at `pointer`. */
export function edited<T>(doc: T, pointer: string, edit: Edit): T {
  const copy = structuredClone(doc);
  const [holder, key] = parent(copy, pointer);
  const record = holder as Record<string, unknown>;
  if (edit === 'delete') Reflect.deleteProperty(record, key);
  else if ('set' in edit) record[key] = edit.set;
  else {
    const list = record[key];
    if (!Array.isArray(list)) throw new Error(`${pointer} is not an array`);
    list.push(edit.push);
  }
  return copy;
}
