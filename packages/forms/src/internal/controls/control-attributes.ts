/**
 * Setting a widget's controls from the widget: their attributes and live properties, compared with
 * the DOM (nothing kept per widget).
 */
import { nothing } from 'lit';

/**
 * An attribute's value: a string sets it, `true` sets it empty (a boolean attribute), `false`,
 * `undefined` or `nothing` removes it.
 */
export type ControlAttribute = string | boolean | undefined | typeof nothing;

/** Sets or removes `attributes` of `element` where they differ (the DOM is the record: nothing kept per widget). */
export function setAttributes(
  element: Element,
  attributes: Readonly<Record<string, ControlAttribute>>,
): void {
  for (const name in attributes) {
    const value = attributes[name];
    if (value === undefined || value === false || value === nothing) element.removeAttribute(name);
    else {
      const text = value === true ? '' : value;
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
  }
}

/** Like Lit's `live()`: sets `properties` compared with the element's current ones, which the user may have changed. */
export function setProperties(element: Element, properties: Readonly<Record<string, unknown>>): void {
  const host = element as unknown as Record<string, unknown>;
  for (const name in properties) if (host[name] !== properties[name]) host[name] = properties[name];
}
