import { defineElement } from '../../internal/controls/define.js';
import { TextInputControl } from '../../form-control/text-input-control.js';

/**
 * A one-line text field.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-text-field
 * @summary A labelled, validated one-line text input.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner `<input>` (also `input`).
 * @csspart input - The same element as `control`, by its kind.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the user types; `event.target.value` is the new value.
 * @event change - When the user commits a change.
 */
export class DvcTextField extends TextInputControl {}

defineElement('dvc-text-field', DvcTextField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-text-field': DvcTextField;
  }
}
