/**
 * The choices of a radio or checkbox group, each `<div part="option" class="choice"><input><label
 * part="option-label"></label></div>`, made and updated in the group's `boundControl`, rather than
 * a template instance and four Lit parts per choice (docs/decisions/0019-widgets-in-the-form.md,
 * "Session 11"). Rows are kept by position; the DOM is the record, as for the control's attributes.
 */
import { setAttributes, setProperties, type ControlAttribute } from './control-attributes.js';
import { listen } from './root-events.js';
import { widgetElement } from './control-frame.js';

/** One choice as its row shows it. */
export interface ChoiceInput {
  id: string;
  value: string;
  /** Its visible text (text, never HTML). */
  label: string;
  checked: boolean;
  disabled: boolean;
}

/** A group's choices: each input's `events` (given once), its `type`, the attributes all share, and each choice. */
export interface ChoiceRows {
  events: readonly string[];
  type: 'radio' | 'checkbox';
  shared: Readonly<Record<string, ControlAttribute>>;
  choices: readonly ChoiceInput[];
}

/** Makes `group`'s rows those of `rows.choices`; a new row's input sends its events to `listener`. */
export function updateChoiceRows(group: Element, listener: EventListenerObject, rows: ChoiceRows): void {
  const { events, type, shared, choices } = rows;
  let row = group.firstElementChild;
  for (const choice of choices) {
    if (row === null) {
      // Made while the widget renders: in the form's root, the parts are named `widget-<part>`.
      row = widgetElement('div', 'option', 'choice');
      row.append(widgetElement('input', type, ''), widgetElement('label', 'option-label', ''));
      listen(row.children[0] as Element, listener, events);
      group.append(row);
    }
    const [input, label] = row.children as unknown as [HTMLInputElement, HTMLLabelElement];
    setAttributes(input, { id: choice.id, type, ...shared, disabled: choice.disabled });
    setProperties(input, { value: choice.value, checked: choice.checked });
    setAttributes(label, { for: choice.id });
    if (label.textContent !== choice.label) label.textContent = choice.label;
    row = row.nextElementSibling;
  }
  while (row !== null) {
    const next = row.nextElementSibling;
    row.remove();
    row = next;
  }
}
