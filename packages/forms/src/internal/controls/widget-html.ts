/**
 * The widgets' `html` tag: Lit's, except that a widget rendering inside `<dvc-form>`'s shadow root
 * (no shadow root of its own, docs/decisions/0019-widgets-in-the-form.md, "Light DOM") names its
 * parts `widget-<part>`, so that `dvc-form::part(error)` stays the form's own message and
 * `dvc-form::part(widget-error)` is every widget's. The template's strings are renamed once (cached
 * by their identity, as Lit caches templates): nothing per widget or render.
 */
import { html as litHtml, type TemplateResult } from 'lit';

/** The prefix of a part of a widget rendered in the form's root. */
export const WIDGET_PART_PREFIX = 'widget-';

let inForm = false;
const renamed = new WeakMap<TemplateStringsArray, TemplateStringsArray>();

/**
 * Sets whether the templates made from now on belong to a widget rendered in the form's root (its
 * `update()` sets it around its render); returns the previous setting.
 */
export function renderingInForm(on: boolean): boolean {
  const was = inForm;
  inForm = on;
  return was;
}

/** `names` (a `part` attribute's value) as parts of a widget rendered in the form's root. */
export function formParts(names: string): string {
  return names
    .split(/\s+/)
    .filter(Boolean)
    .map((name) => WIDGET_PART_PREFIX + name)
    .join(' ');
}

/** A `part` value of the widget being rendered (`formParts` inside the form). */
export function partName(names: string): string {
  return inForm ? formParts(names) : names;
}

function renamedStrings(strings: TemplateStringsArray): TemplateStringsArray {
  let found = renamed.get(strings);
  if (found === undefined) {
    const rename = (text: string): string =>
      text.replace(
        /(\spart=")([^"]*)"/g,
        (_all, start: string, names: string) => `${start}${formParts(names)}"`,
      );
    // Lit trusts only arrays with `raw`, as a tag's strings have.
    found = Object.freeze(
      Object.assign(strings.map(rename), { raw: Object.freeze(strings.raw.map(rename)) }),
    );
    renamed.set(strings, found);
  }
  return found;
}

/** Lit's `html`, with the parts renamed while a widget renders in the form's root. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): TemplateResult {
  return litHtml(inForm ? renamedStrings(strings) : strings, ...values);
}
