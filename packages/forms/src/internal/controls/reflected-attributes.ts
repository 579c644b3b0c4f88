import type { PropertyValues } from 'lit';

/** The properties a widget alone on a page (or in a native form) shows as attributes. */
const REFLECTED = ['name', 'required', 'disabled', 'readonly', 'locale'] as const;

type Reflecting = HTMLElement & Record<(typeof REFLECTED)[number], unknown>;

/**
 * Writes the changed properties among `name`, `required`, `disabled`, `readonly` and `locale` to
 * their attributes (a boolean as the attribute's presence), as Lit's `reflect: true` would.
 *
 * A widget alone on a page needs them: the native form submits under the `name` attribute, and a
 * page's CSS may select `[disabled]`. A `<dvc-form>`'s widget does not (the form submits and reports
 * itself), and writing two attributes on each of 1,000 widgets before the first paint cost about a
 * tenth of the render (docs/decisions/0019-widgets-in-the-form.md), so it skips this.
 */
export function reflectAttributes(element: Reflecting, changed: PropertyValues): void {
  for (const key of REFLECTED) {
    if (!changed.has(key)) continue;
    const value = element[key];
    if (typeof value === 'boolean') element.toggleAttribute(key, value);
    else if (element.getAttribute(key) !== String(value)) element.setAttribute(key, String(value));
  }
}
