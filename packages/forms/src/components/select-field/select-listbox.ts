import { nothing, type TemplateResult } from 'lit';
import { html } from '../../internal/controls/widget-html.js';
import type { ControlOption } from '../../form-control/choice-control.js';
import type { ControlMessages } from '../../internal/controls/messages.js';

/** What the combobox's list needs. */
export interface ListboxView {
  open: boolean;
  /** Every matching option; only the first `limit` are drawn. */
  options: ControlOption[];
  limit: number;
  active: number;
  value: string;
  label: string;
  messages: ControlMessages;
  choose: (option: ControlOption) => void;
  /** The id of the widget's element `name` (`listbox`, `option-<n>`). */
  idOf: (name: string) => string;
}

const keepFocus = (event: Event): void => {
  event.preventDefault();
};

/**
 * The popup list of a searchable select (only its first `limit` matches, with a note saying so when
 * there are more), and a live region announcing how many options match.
 */
export function renderListbox(view: ListboxView): TemplateResult {
  const { messages } = view;
  const total = view.options.length;
  const options = total > view.limit ? view.options.slice(0, view.limit) : view.options;
  return html`<ul
      id=${view.idOf('listbox')}
      part="listbox"
      class="listbox"
      role="listbox"
      aria-label=${view.label}
      ?hidden=${!view.open || options.length === 0}
    >
      ${options.map(
        (option, index) =>
          html`<li
            id=${view.idOf(`option-${index}`)}
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
    ${view.open && total === 0 ? html`<div class="no-options">${messages.noOptions}</div>` : nothing}
    ${
      view.open && total > options.length
        ? html`<div part="more" class="more">${messages.optionsShown(options.length, total)}</div>`
        : nothing
    }
    <div class="control-hidden" aria-live="polite">${view.open ? messages.optionsFound(total) : ''}</div>`;
}
