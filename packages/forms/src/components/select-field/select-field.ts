import { nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ControlOption } from '../../form-control/choice-control.js';
import { DvcFormControl, NO_FORM } from '../../form-control/form-control.js';
import { html } from '../../internal/controls/widget-html.js';
import { defineElement } from '../../internal/controls/define.js';
import { filterOptions } from '../../internal/controls/option-search.js';
import { renderListbox } from './select-listbox.js';
import { selectFieldStyles } from './select-field.styles.js';

/**
 * A choice among `options`. Up to `search-threshold` options (10) it is a native `<select>`; with
 * more, a searchable combobox (WAI-ARIA APG combobox with a listbox popup and
 * `aria-activedescendant`: type to filter, ignoring case and diacritics; the arrow keys, Home and End
 * move while the list is open, Enter chooses, Escape closes then clears; a live region says how many
 * options match). Only the first `max-shown` matches are drawn. The value is the chosen option's
 * `value`, `''` when none.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-select-field
 * @summary A select that becomes searchable when it is long.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner `<select>` (also `select`), or the combobox input (also `input combobox`).
 * @csspart select - The same element as `control`, by its kind.
 * @csspart input - The same element as `control`, by its kind.
 * @csspart combobox - The same element as `control`, by its kind.
 * @csspart listbox - The list of matching options of the combobox.
 * @csspart option - An option of the combobox list.
 * @csspart more - The note under a long list saying only the first matches are shown.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the choice changes; `event.target.value` is the new value.
 * @event change - When the choice changes.
 */
export class DvcSelectField extends DvcFormControl<string> {
  static override styles: CSSResultGroup = [DvcFormControl.styles, selectFieldStyles];

  /** The chosen option's value, `''` when none. */
  @property() value = '';
  /** The choices, in order. */
  @property({ attribute: false }) options: ControlOption[] = [];
  /** Above this many options, the select is a searchable combobox (`0`: always). */
  @property({ type: Number, attribute: 'search-threshold' }) searchThreshold = 10;
  /**
   * The combobox draws at most this many matches (the first ones), and says how many more there
   * are: typing narrows the list, so 3,321 communes never become 3,321 elements.
   */
  @property({ type: Number, attribute: 'max-shown' }) maxShown = 100;

  @state() private query = '';
  @state() private open = false;
  @state() private active = -1;

  constructor() {
    super();
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && this.contains(next)) return;
      this.open = false;
      this.query = this.selectedLabel();
    });
  }

  protected coerceValue(raw: unknown): string {
    return typeof raw === 'string' ? raw : '';
  }

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('value') || changed.has('options')) && !this.open) this.query = this.selectedLabel();
    super.willUpdate(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.open && changed.has('active'))
      this.renderRoot
        .querySelector(`#${this.idOf(`option-${this.active}`)}`)
        ?.scrollIntoView({ block: 'nearest' });
  }

  protected override renderControl(): TemplateResult {
    return this.searchable ? this.renderCombobox() : this.renderSelect();
  }

  private get searchable(): boolean {
    return this.searchThreshold <= 0 || this.options.length > this.searchThreshold;
  }

  /** The matches of the typed text (all options while the text is the chosen option's label). */
  protected matchingOptions(): ControlOption[] {
    return filterOptions(this.options, this.query === this.selectedLabel() ? '' : this.query);
  }

  private selectedLabel(): string {
    return this.options.find((option) => option.value === this.value)?.label ?? '';
  }

  private renderSelect(): TemplateResult {
    return html`<select
      id=${this.idOf('control')}
      part="control select"
      class="input"
      form=${this.lightDom ? NO_FORM : nothing}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      aria-readonly=${this.readonly ? 'true' : nothing}
      aria-invalid=${this.invalidState()}
      aria-describedby=${this.describedBy() || nothing}
      aria-label=${this.outerLabel()}
      @keydown=${this.guardReadonly}
      @mousedown=${this.guardReadonly}
      @input=${this.onSelectInput}
      @change=${this.onChange}
    >
      <option value="" ?selected=${this.value === ''}>${this.messages.choose}</option>
      ${this.options.map(
        (option) =>
          html`<option
            value=${option.value}
            ?selected=${option.value === this.value}
            ?disabled=${option.disabled === true}
          >
            ${option.label}
          </option>`,
      )}
    </select>`;
  }

  private renderCombobox(): TemplateResult {
    const matches = this.matchingOptions();
    const active =
      this.open && this.active >= 0 && this.active < matches.length ? this.idOf(`option-${this.active}`) : '';
    return html`<div class="combobox">
      <input
        id=${this.idOf('control')}
        part="control input combobox"
        class="input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${this.idOf('listbox')}
        form=${this.lightDom ? NO_FORM : nothing}
        aria-activedescendant=${active || nothing}
        .value=${live(this.query)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${this.invalidState()}
        aria-describedby=${this.describedBy() || nothing}
        aria-label=${this.outerLabel()}
        @input=${this.onQueryInput}
        @keydown=${this.onComboboxKey}
        @click=${this.toggleList}
      />
      ${renderListbox({
        open: this.open,
        options: matches,
        limit: this.maxShown,
        active: this.active,
        value: this.value,
        label: this.accessibleLabel,
        messages: this.messages,
        choose: (option) => {
          this.choose(option);
        },
        idOf: (name) => this.idOf(name),
      })}
    </div>`;
  }

  private choose(option: ControlOption): void {
    if (option.disabled === true) return;
    this.open = false;
    this.value = option.value;
    this.query = option.label;
    this.emitInput();
    this.emitChange();
  }

  private readonly guardReadonly = (event: KeyboardEvent | MouseEvent): void => {
    if (this.readonly && !(event instanceof KeyboardEvent && event.key === 'Tab')) event.preventDefault();
  };

  private readonly onSelectInput = (event: Event): void => {
    this.value = (event.target as HTMLSelectElement).value;
  };

  private readonly onChange = (event: Event): void => {
    // The native `change` stays in the widget, which fires its own.
    event.stopPropagation();
    this.emitChange();
  };

  private readonly toggleList = (): void => {
    if (this.readonly || !this.searchable) return;
    this.open = !this.open;
    const chosen = this.matchingOptions().findIndex((o) => o.value === this.value);
    this.active = this.open ? (chosen >= 0 && chosen < this.maxShown ? chosen : 0) : -1;
  };

  private readonly onQueryInput = (event: Event): void => {
    event.stopPropagation();
    this.query = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = 0;
    const exact = this.options.find(
      (option) => option.label.toLowerCase() === this.query.trim().toLowerCase(),
    );
    const value = exact?.value ?? '';
    if (value !== this.value) {
      this.value = value;
      this.emitInput();
    }
  };

  private readonly onComboboxKey = (event: KeyboardEvent): void => {
    if (this.readonly) return;
    const count = Math.min(this.matchingOptions().length, this.maxShown);
    switch (event.key) {
      case 'Home':
      case 'End':
        if (!this.open || count === 0) return;
        this.active = event.key === 'Home' ? 0 : count - 1;
        break;
      case 'ArrowDown':
        if (!this.open || event.altKey) {
          this.toggleList();
        } else this.active = Math.min(this.active + 1, count - 1);
        break;
      case 'ArrowUp':
        if (!this.open) this.toggleList();
        else this.active = Math.max(this.active - 1, 0);
        break;
      case 'Enter': {
        const option = this.open ? this.matchingOptions()[this.active] : undefined;
        if (option === undefined) return;
        this.choose(option);
        break;
      }
      case 'Escape':
        if (this.open) this.open = false;
        else this.query = '';
        break;
      default:
        return;
    }
    event.preventDefault();
  };
}

defineElement('dvc-select-field', DvcSelectField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-select-field': DvcSelectField;
  }
}
