/**
 * The data of `<dvc-form>`: the groups the form edits exist as objects from the start (so their
 * fields are reported one by one), and the submitted data leaves out what is hidden or emptied.
 *
 * Nothing given is lost: a value comes back unless the person removed it, or it belongs to a field
 * the form declares that does not apply (a condition's branch, a choice not chosen, a hidden
 * section). Keys the form declares nowhere are kept (and reported as `unshown`).
 */
import type { FieldNode } from './form-fields.js';
import { sameJson } from './form-json.js';
import { childPointer, getPointer, isJsonObject, setPointer } from '@dvc-kit/validation';

/** A deep copy of JSON data (`structuredClone` without the cost of the algorithm's extras). */
export function cloneData<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** Makes sure every group and address of `fields` is an object in `data` (mutating it). */
export function ensureGroups(data: Record<string, unknown>, fields: readonly FieldNode[]): void {
  for (const field of fields) {
    if ((field.widget !== 'group' && field.widget !== 'address') || field.lazy !== undefined) continue;
    // A value already there (even one that is not an object, e.g. `null`) is never replaced.
    if (field.pointer !== '' && getPointer(data, field.pointer) === undefined)
      setPointer(data, field.pointer, {});
    ensureGroups(data, field.children);
  }
}

/** What decides which data is submitted. */
export interface PruneRules {
  /** Pointers of the properties that apply (`Validator.activeFields`). */
  active: ReadonlySet<string>;
  /** Pointers of the properties that must be filled (`Validator.requiredFields`). */
  required: ReadonlySet<string>;
  /** Pointers hidden by a section's `visibleWhen`. */
  excluded: ReadonlySet<string>;
  /** Pointers of the fields that apply only sometimes (conditions, choices): only these can be inactive. */
  gated: ReadonlySet<string>;
  /** The data the form was given: an empty value given is given back. */
  initial: unknown;
}

function isEmpty(value: unknown): boolean {
  return (
    (isJsonObject(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0)
  );
}

function prune(value: unknown, pointer: string, rules: PruneRules, inArray: boolean): unknown {
  if (Array.isArray(value)) {
    return value.map((item, i) => prune(item, childPointer(pointer, i), rules, true));
  }
  if (!isJsonObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const p = childPointer(pointer, key);
    if (rules.excluded.has(p) || (!inArray && rules.gated.has(p) && !rules.active.has(p))) continue;
    const kept = prune(child, p, rules, inArray);
    if (kept === undefined) continue;
    const empty = kept === '' || (isEmpty(kept) && !rules.required.has(p) && !inArray);
    if (empty && !sameJson(getPointer(rules.initial, p), kept)) continue;
    out[key] = kept;
  }
  return out;
}

/** The data to submit: only active, visible properties, without empty texts and optional empty groups and lists. */
export function submissionData(data: Record<string, unknown>, rules: PruneRules): Record<string, unknown> {
  return prune(data, '', rules, false) as Record<string, unknown>;
}
