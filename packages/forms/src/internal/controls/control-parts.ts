/** The pieces every control renders around its inner control: label, required marker, message. */
import { nothing, type TemplateResult } from 'lit';
import { html } from './widget-html.js';

/**
 * The visible label, linked to the inner control (`id="control"`), with the `*` of a required field:
 * two templates rather than a binding for the marker, one Lit part less per widget
 * (docs/decisions/0019-widgets-in-the-form.md). In the form's root, `prefixIds()` makes both ids unique.
 */
export function controlLabel(label: string, required: boolean): TemplateResult {
  return required
    ? html`<label id="label" part="label" class="label" for="control"
        >${label} <span part="required-marker" class="required-marker" aria-hidden="true">*</span></label
      >`
    : html`<label id="label" part="label" class="label" for="control">${label}</label>`;
}

/** The `*` of a required field (hidden from assistive technology, which hears `aria-required`). */
export function requiredMarker(): TemplateResult {
  return html` <span part="required-marker" class="required-marker" aria-hidden="true">*</span>`;
}

/**
 * What the live region (`<div id="error" part="error">`, in the widget's own template) holds: an
 * icon and "Lỗi:" before the message, so it never relies on colour; nothing without a message.
 */
export function errorMessage(error: string, prefix: string): TemplateResult | typeof nothing {
  return error === ''
    ? nothing
    : html`<span part="error-icon" class="error-icon" aria-hidden="true">!</span
        ><span class="control-hidden">${prefix} </span>${error}`;
}
