/** The secondary buttons of `<dvc-form>` that add or remove something (items, entries, recursive groups). */
import { html, type TemplateResult } from 'lit';

/** A button with `part="button <kind>-button"`, its text `label`, calling `onClick`. */
export function actionButton(kind: 'add' | 'remove', label: string, onClick: () => void): TemplateResult {
  return html`<button
    type="button"
    part="button ${kind}-button"
    class="button secondary"
    @click=${() => {
      onClick();
    }}
  >
    ${label}
  </button>`;
}
