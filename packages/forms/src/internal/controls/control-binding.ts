/**
 * A widget's inner control (`<input>`, `<select>`, `<textarea>`) bound in one element binding: its
 * changing attributes, its live properties and its listener, instead of a Lit part per attribute,
 * property and event (docs/decisions/0019-widgets-in-the-form.md, "Fewer parts").
 */
import { noChange, nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * An attribute's value: a string sets it, `true` sets it empty (a boolean attribute), `false`,
 * `undefined` or `nothing` removes it.
 */
export type ControlAttribute = string | boolean | undefined | typeof nothing;

/** The events of a control edited by typing (`input` as it changes, `change` when committed). */
export const TYPING_EVENTS = ['input', 'change'] as const;

class ControlBindingDirective extends Directive {
  private listening = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('controlBinding() belongs on an element.');
  }

  render(
    _listener: EventListenerObject,
    _events: readonly string[],
    _attributes: Readonly<Record<string, ControlAttribute>>,
    _properties?: Readonly<Record<string, unknown>>,
  ): unknown {
    return noChange;
  }

  override update(
    part: ElementPart,
    [listener, events, attributes, properties]: Parameters<ControlBindingDirective['render']>,
  ): unknown {
    const element = part.element;
    if (!this.listening) {
      this.listening = true;
      // The widget is the listener (`handleEvent`): no closure per widget.
      for (const type of events) element.addEventListener(type, listener);
    }
    for (const name in attributes) {
      const value = attributes[name];
      if (value === undefined || value === false || value === nothing) element.removeAttribute(name);
      else {
        const text = value === true ? '' : value;
        // The DOM is the record of what was set: nothing kept per widget.
        if (element.getAttribute(name) !== text) element.setAttribute(name, text);
      }
    }
    // Like Lit's `live()`: compared with the control's current value, which the user may have changed.
    if (properties !== undefined)
      for (const name in properties) {
        const host = element as unknown as Record<string, unknown>;
        if (host[name] !== properties[name]) host[name] = properties[name];
      }
    return noChange;
  }
}

/**
 * Binds the inner control in one element part:
 * `<input id="control" ${controlBinding(this, ['input', 'change'], { required: this.required }, { value })}>`
 * adds `listener` for `events` once, sets or removes `attributes` when they differ from the
 * element's, and sets `properties` when they differ from the element's (as `live()` does).
 */
export const controlBinding = directive(ControlBindingDirective);
