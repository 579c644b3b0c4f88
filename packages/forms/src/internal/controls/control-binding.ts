/**
 * A widget's inner control (`<input>`, `<textarea>`, a group's `<div>`), made by hand in its row on
 * the first update and then set where it differs: its changing attributes, its live properties, its
 * listener and a group's choices, with no Lit template or part (docs/decisions/0019-widgets-in-the-form.md,
 * "Fewer parts", "Session 11" and "Session 12").
 */
import { setAttributes, setProperties, type ControlAttribute } from './control-attributes.js';
import { widgetElement } from './control-frame.js';
import { listen } from './root-events.js';
import { updateChoiceRows, type ChoiceRows } from './choice-inputs.js';

export type { ControlAttribute } from './control-attributes.js';

/** The events of a control edited by typing (`input` as it changes, `change` when committed). */
export const TYPING_EVENTS = ['input', 'change'] as const;

/**
 * The first element of `row`: made as `<tag part class>` when there is none, sending `events` to
 * `listener` (the widget); then sets or removes `attributes` that differ from the element's, sets
 * `properties` that differ from the element's (as `live()` does: the user may have changed them),
 * and keeps a group's rows of `choices` (`choice-inputs.ts`).
 */
export function boundControl<K extends keyof HTMLElementTagNameMap>(
  row: Element,
  [tag, part, className]: readonly [K, string, string],
  listener: EventListenerObject,
  events: readonly string[],
  attributes: Readonly<Record<string, ControlAttribute>>,
  properties?: Readonly<Record<string, unknown>>,
  choices?: ChoiceRows,
): HTMLElementTagNameMap[K] {
  let element = row.firstElementChild as HTMLElementTagNameMap[K] | null;
  if (element === null) {
    element = row.appendChild(widgetElement(tag, part, className));
    listen(element, listener, events);
  }
  setAttributes(element, attributes);
  if (properties !== undefined) setProperties(element, properties);
  if (choices !== undefined) updateChoiceRows(element, listener, choices);
  return element;
}
