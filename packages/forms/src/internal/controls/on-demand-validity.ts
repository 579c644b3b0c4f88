/**
 * The widgets of a `<dvc-form>` check their own value only when something asks.
 *
 * The form validates the whole data itself, shows its own messages on the fields and reports to the
 * native form; its inner `<form>` is `novalidate`. A widget's own check (a field validator compiled
 * per schema, label and requiredness) is then needed only on a blur or when its validity is read:
 * running it for every field before the first paint cost a form of 1,000 fields 1,000 compiled
 * validators (docs/decisions, "perf-first-render"). A widget alone on a page keeps checking at once.
 */
const onDemand = new WeakSet<object>();

/** Marks a control whose validity is checked only when something reads it (a `<dvc-form>`'s widget). */
export function validateOnDemand(control: object): void {
  onDemand.add(control);
}

/** Whether `control` checks its validity only when something reads it. */
export function validatesOnDemand(control: object): boolean {
  return onDemand.has(control);
}
