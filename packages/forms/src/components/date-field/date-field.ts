import { formatDisplayDate, parseDisplayDate } from '@dvc-kit/validation';
import { html, nothing, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DvcFormControl } from '../../form-control/form-control.js';
import { dateForKey, todayInVietnam } from '../../internal/controls/calendar.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';
import { trapTab } from '../../internal/controls/focus-trap.js';
import type { renderCalendar } from './date-calendar.js';
import { dateFieldStyles } from './date-field.styles.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `iso` is a real calendar date. */
function isIsoDate(iso: string): boolean {
  return parseDisplayDate(`${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`) === iso;
}

/** Reads `dd/mm/yyyy` (or `ddmmyyyy`) into ISO. */
function readDisplayDate(text: string): string | undefined {
  const trimmed = text.trim();
  const slashed = /^\d{8}$/.test(trimmed)
    ? `${trimmed.slice(0, 2)}/${trimmed.slice(2, 4)}/${trimmed.slice(4)}`
    : trimmed;
  return parseDisplayDate(slashed);
}

/**
 * A date typed `dd/mm/yyyy` (or chosen in a calendar dialog: arrow keys move by day and week,
 * Page Up/Down by month, Shift+Page Up/Down by year, Home/End to the week's ends, Enter chooses,
 * Escape closes). The value is the ISO date `yyyy-mm-dd`, `''` when empty or not a real date.
 *
 * @customElement dvc-date-field
 * @summary A Vietnamese date input with a keyboard-accessible calendar.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner text `<input>` (also `input`).
 * @csspart input - The same element as `control`, by its kind.
 * @csspart calendar-button - The button that opens the calendar.
 * @csspart calendar - The calendar dialog.
 * @csspart calendar-title - The month and year shown.
 * @csspart calendar-nav - The previous/next month and year buttons.
 * @csspart calendar-grid - The grid of days.
 * @csspart weekday - A weekday heading of the grid.
 * @csspart day - A day of the grid.
 * @csspart calendar-close - The close button.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the date changes; `event.target.value` is the new ISO date (or `''`).
 * @event change - When the date is committed (typed and left, or chosen in the calendar).
 */
export class DvcDateField extends DvcFormControl<string> {
  /** Keeps its shadow root in a `<dvc-form>` too (its calendar and parts are not made unique per widget yet). */
  protected static override lightInForm = false;
  static override styles: CSSResultGroup = [DvcFormControl.styles, dateFieldStyles];

  /** The ISO date `yyyy-mm-dd`, `''` when none. */
  @property() value = '';

  @state() private text = '';
  @state() private open = false;
  @state() private focused = '';
  private typing = false;

  constructor() {
    super();
    this.addEventListener('focusout', (event) => {
      if (event.relatedTarget !== this) this.open = false;
    });
  }

  protected coerceValue(raw: unknown): string {
    return typeof raw === 'string' && ISO.test(raw) && isIsoDate(raw) ? raw : '';
  }

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  protected override schemaValue(): unknown {
    if (this.value !== '') return this.value;
    return this.text.trim() === '' ? undefined : this.text.trim();
  }

  protected override fieldSchema(): FieldSchema | undefined {
    if (this.value === '' && this.text.trim() !== '') return { type: 'string', format: 'vn-date-display' };
    return super.fieldSchema();
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'string', format: 'date' };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') && !this.typing) this.text = this.displayOf(this.value);
    this.typing = false;
    super.willUpdate(changed);
  }

  protected override renderControl(): TemplateResult {
    const t = this.messages;
    return html`<input
        id="control"
        part="control input"
        class="input"
        type="text"
        inputmode="numeric"
        autocomplete="off"
        maxlength="10"
        placeholder=${t.dateFormat}
        .value=${live(this.text)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        aria-invalid=${this.invalidState()}
        aria-describedby=${this.describedBy('date-format')}
        aria-label=${this.outerLabel()}
        @input=${this.onInput}
        @change=${this.onChange}
      /><span id="date-format" class="control-hidden">${t.dateFormat}</span>
      <button
        type="button"
        id="calendar-button"
        part="calendar-button"
        class="control-button"
        aria-label=${t.openCalendar}
        aria-haspopup="dialog"
        aria-expanded=${this.open ? 'true' : 'false'}
        ?disabled=${this.isDisabled || this.readonly}
        @click=${this.toggleCalendar}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          fill="none"
          stroke="currentColor"
          stroke-width="2"
        >
          <rect x="3" y="5" width="18" height="16" rx="2"></rect>
          <path d="M3 10h18M8 3v4M16 3v4"></path>
        </svg>
      </button>`;
  }

  protected override renderDetails(): TemplateResult | typeof nothing {
    const renderCalendar = this.calendar;
    if (!this.open || renderCalendar === undefined) return nothing;
    return renderCalendar({
      focused: this.focused,
      selected: this.value,
      today: todayInVietnam(),
      messages: this.messages,
      move: (iso) => void this.moveTo(iso),
      choose: (iso) => void this.choose(iso),
      close: () => void this.close(),
      onGridKey: this.onGridKey,
      onDialogKey: this.onDialogKey,
    });
  }

  /** `dd/mm/yyyy` for a real ISO date; anything else is shown as it is, for the message to explain. */
  private displayOf(iso: string): string {
    return ISO.test(iso) && isIsoDate(iso) ? formatDisplayDate(iso) : iso;
  }

  private async moveTo(iso: string): Promise<void> {
    this.focused = iso;
    await super.getUpdateComplete(); // Not `updateComplete`, which waits for the opening that calls this.
    this.renderRoot.querySelector<HTMLElement>('td[tabindex="0"]')?.focus();
  }

  private async choose(iso: string): Promise<void> {
    this.value = iso;
    await this.close();
    this.emitInput();
    this.emitChange();
  }

  private async close(): Promise<void> {
    this.open = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#calendar-button')?.focus();
  }

  /** The calendar dialog: a chunk of its own, loaded when it is first opened. */
  private calendar: typeof renderCalendar | undefined = undefined;
  /** The calendar opening (its chunk loading, then focus on a day): `updateComplete` waits for it. */
  private opening: Promise<void> | undefined = undefined;

  protected override async getUpdateComplete(): Promise<boolean> {
    await this.opening;
    return super.getUpdateComplete();
  }

  private readonly toggleCalendar = async (): Promise<void> => {
    if (this.open) {
      void this.close();
      return;
    }
    this.opening = this.openCalendar().catch((error: unknown) => {
      console.error(
        '<dvc-date-field>: the calendar cannot be loaded.',
        error instanceof Error ? error.message : error,
      );
    });
    await this.opening;
    this.opening = undefined;
  };

  private async openCalendar(): Promise<void> {
    this.calendar ??= (await import('./date-calendar.js')).renderCalendar;
    this.open = true;
    await this.moveTo(this.value || readDisplayDate(this.text) || todayInVietnam());
  }

  private readonly onInput = (event: Event): void => {
    this.typing = true;
    this.text = (event.target as HTMLInputElement).value;
    this.value = readDisplayDate(this.text) ?? '';
  };

  private readonly onChange = (): void => {
    if (this.value !== '') this.text = this.displayOf(this.value);
    this.emitChange();
  };

  private readonly onGridKey = (event: KeyboardEvent): void => {
    const next = dateForKey(this.focused, event.key, event.shiftKey);
    if (next !== undefined) void this.moveTo(next);
    else if (event.key === 'Enter' || event.key === ' ') void this.choose(this.focused);
    else return;
    event.preventDefault();
  };

  private readonly onDialogKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      void this.close();
    } else if (event.key === 'Tab') {
      trapTab(event, event.currentTarget as HTMLElement);
    }
  };
}

defineElement('dvc-date-field', DvcDateField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-date-field': DvcDateField;
  }
}
