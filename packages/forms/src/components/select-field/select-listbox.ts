import { html, nothing, type TemplateResult } from 'lit';
import type { ControlOption } from '../../form-control/choice-control.js';
import type { ControlMessages } from '../../internal/controls/messages.js';

/** What the combobox's list needs. */
export interface ListboxView {
  open: boolean;
  options: ControlOption[];
  active: number;
  value: string;
  label: string;
  messages: ControlMessages;
  choose: (option: ControlOption) => void;
}

const keepFocus = (event: Event): void => {
  event.preventDefault();
};

/** The popup list of a searchable select, and a live count of the matches. */
export function renderListbox(view: ListboxView): TemplateResult {
  const { options, messages } = view;
  return html`<ul
      id="listbox"
      part="listbox"
      class="listbox"
      role="listbox"
      aria-label=${view.label}
      ?hidden=${!view.open || options.length === 0}
    >
      ${options.map(
        (option, index) =>
          html`<li
            id=${`option-${index}`}
            part="option"
            class=${index === view.active ? 'option active' : 'option'}
            role="option"
            aria-selected=${option.value === view.value ? 'true' : 'false'}
            aria-disabled=${option.disabled === true ? 'true' : nothing}
            @mousedown=${keepFocus}
            @click=${() => {
              view.choose(option);
            }}
          >
            ${option.label}
          </li>`,
      )}
    </ul>
    ${view.open && options.length === 0 ? html`<div class="no-options">${messages.noOptions}</div>` : nothing}
    <div class="visually-hidden" aria-live="polite">
      ${view.open ? messages.optionsFound(options.length) : ''}
    </div>`;
}
