/**
 * A widget's inner control (`<input>`, `<select>`, `<textarea>`, a group) bound in one element
 * binding: its changing attributes, its live properties, its listener and a group's choices,
 * instead of a Lit part per attribute, property, event and choice
 * (docs/decisions/0019-widgets-in-the-form.md, "Fewer parts" and "Session 11").
 */
import { noChange, type ElementPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { setAttributes, setProperties, type ControlAttribute } from './control-attributes.js';
import { listen } from './root-events.js';
import { updateChoiceRows, type ChoiceRows } from './choice-inputs.js';

export type { ControlAttribute } from './control-attributes.js';

/** The events of a control edited by typing (`input` as it changes, `change` when committed). */
export const TYPING_EVENTS = ['input', 'change'] as const;

class ControlBindingDirective extends Directive {
  private listening = false;

  render(
    _listener: EventListenerObject,
    _events: readonly string[],
    _attributes: Readonly<Record<string, ControlAttribute>>,
    _properties?: Readonly<Record<string, unknown>>,
    _choices?: ChoiceRows,
  ): unknown {
    return noChange;
  }

  override update(
    part: ElementPart,
    [listener, events, attributes, properties, choices]: Parameters<ControlBindingDirective['render']>,
  ): unknown {
    const element = part.element;
    if (!this.listening) {
      this.listening = true;
      listen(element, listener, events);
    }
    setAttributes(element, attributes);
    if (properties !== undefined) setProperties(element, properties);
    if (choices !== undefined) updateChoiceRows(element, listener, choices);
    return noChange;
  }
}

/**
 * Binds the inner control in one element part (on an element):
 * `<input id="control" ${controlBinding(this, ['input', 'change'], { required: this.required }, { value })}>`
 * adds `listener` for `events` once, sets or removes `attributes` when they differ from the
 * element's, and sets `properties` when they differ from the element's (as `live()` does); a group
 * given `choices` keeps one row per choice (`choice-inputs.ts`).
 */
export const controlBinding = directive(ControlBindingDirective);
