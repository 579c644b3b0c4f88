import { html, nothing, css, type CSSResultGroup, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DvcFormControl } from '../../form-control/form-control.js';
import type { LabelShape } from '../../internal/controls/control-frame.js';
import { joinDateTime, splitDateTime } from '../../internal/controls/date-time.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';

const WORDS = {
  vi: { date: 'Ngày', time: 'Giờ', timeFormat: 'giờ:phút' },
  en: { date: 'Date', time: 'Time', timeFormat: 'hh:mm' },
} as const;

/**
 * A date and a time (JSON Schema `format: date-time`), typed as a person reads them: the date
 * `dd/mm/yyyy`, the time `hh:mm` (24-hour), in Vietnam time. The value stays the RFC 3339 string the
 * schema expects, `2024-02-29T09:30:00+07:00`; a value given in another offset is shown in Vietnam
 * time and kept as given until the person changes it. `''` when both parts are empty; while they
 * hold something that is not a date-time, the value is what was typed (`"31/02/2024 09:30"`), so a
 * form keeps it and its schema says what is wrong, never taking it for an empty field.
 *
 * @customElement dvc-date-time-field
 * @summary A labelled date + time input whose value is an RFC 3339 date-time.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The label of the pair (the group's name).
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The date input (also `date`).
 * @csspart date - The date input, `dd/mm/yyyy`.
 * @csspart time - The time input, `hh:mm`.
 * @csspart part-label - The small labels "Ngày" and "Giờ".
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the date-time changes; `event.target.value` is the new value (or `''`).
 * @event change - When the person commits a change to either part.
 */
export class DvcDateTimeField extends DvcFormControl<string> {
  /** Keeps its shadow root in a `<dvc-form>` too (its calendar and parts are not made unique per widget yet). */
  protected static override lightInForm = false;
  static override styles: CSSResultGroup = [
    DvcFormControl.styles,
    css`
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: var(--dvc-space-3, 0.75rem);
      }
      .part {
        display: flex;
        flex-direction: column;
        gap: var(--dvc-space-1, 0.25rem);
      }
      .date {
        inline-size: 10ch;
      }
      .time {
        inline-size: 7ch;
      }
    `,
  ];

  /** The RFC 3339 date-time, `''` when none. */
  @property() value = '';

  @state() private dateText = '';
  @state() private timeText = '';
  private typing = false;

  protected coerceValue(raw: unknown): string {
    return typeof raw === 'string' ? raw : '';
  }

  protected formValue(): string | null {
    return this.value === '' ? null : this.value;
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'string', format: 'date-time' };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('value') && !this.typing) {
      const parts = splitDateTime(this.value);
      // Not a date-time: what was typed, the date and the time parted by the first space.
      const space = this.value.indexOf(' ');
      this.dateText = parts?.date ?? (space === -1 ? this.value : this.value.slice(0, space));
      this.timeText = parts?.time ?? (space === -1 ? '' : this.value.slice(space + 1));
    }
    super.willUpdate(changed);
  }

  /** The label is a `<div>` that labels the group of the date and the time (`aria-labelledby`). */
  protected override labelShape(): LabelShape {
    return 'group';
  }

  protected override renderControl(): TemplateResult {
    const words = WORDS[this.locale === 'en' ? 'en' : 'vi'];
    const described = this.describedBy();
    return html`<div class="parts" role="group" aria-labelledby=${this.label === '' ? nothing : 'label'}>
      <span class="part">
        <label part="part-label" for="control">${words.date} (${this.messages.dateFormat})</label>
        <input
          id="control"
          part="control date"
          class="input date"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(this.dateText)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-invalid=${this.invalidState()}
          aria-describedby=${described || nothing}
          @input=${this.onDateInput}
          @change=${this.onChange}
        />
      </span>
      <span class="part">
        <label part="part-label" for="time">${words.time} (${words.timeFormat})</label>
        <input
          id="time"
          part="time"
          class="input time"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${live(this.timeText)}
          ?required=${this.required}
          ?disabled=${this.isDisabled}
          ?readonly=${this.readonly}
          aria-invalid=${this.invalidState()}
          aria-describedby=${described || nothing}
          @input=${this.onTimeInput}
          @change=${this.onChange}
        />
      </span>
    </div>`;
  }

  private syncValue(): void {
    const joined = joinDateTime(this.dateText, this.timeText);
    this.typing = true;
    this.value = joined ?? `${this.dateText.trim()} ${this.timeText.trim()}`.trim();
    void this.updateComplete.then(() => {
      this.typing = false;
    });
  }

  private readonly onDateInput = (event: Event): void => {
    this.dateText = (event.target as HTMLInputElement).value;
    this.syncValue();
  };

  private readonly onTimeInput = (event: Event): void => {
    this.timeText = (event.target as HTMLInputElement).value;
    this.syncValue();
  };

  private readonly onChange = (): void => {
    this.emitChange();
  };
}

defineElement('dvc-date-time-field', DvcDateTimeField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-date-time-field': DvcDateTimeField;
  }
}
