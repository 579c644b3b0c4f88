import { parsePersonalId } from '@dvc-kit/validation';
import { nothing, type CSSResultGroup, type TemplateResult } from 'lit';
import { html } from '../../internal/controls/widget-html.js';
import { DvcFormControl } from '../../form-control/form-control.js';
import { TextInputControl } from '../../form-control/text-input-control.js';
import type { FieldSchema } from '../../internal/controls/field-validation.js';
import { defineElement } from '../../internal/controls/define.js';
import { personalIdFieldStyles } from './personal-id-field.styles.js';

/**
 * A personal identification number (số định danh cá nhân, CCCD) field: 12 digits (`vn-personal-id`).
 * Once the number is valid, it shows what the number says: the province where the birth was
 * registered (pre-2025 province), the sex and the year of birth.
 *
 * One that `<dvc-form>` created renders in the form's shadow root, without one of its own: its parts
 * are the form's, named `widget-<part>` (`dvc-form::part(widget-label)`); alone it has the parts below.
 *
 * @customElement dvc-personal-id-field
 * @summary A CCCD input that shows what the number decodes to.
 * @csspart form-control - The wrapper around everything.
 * @csspart label - The visible label.
 * @csspart required-marker - The `*` of a required field.
 * @csspart hint - The hint.
 * @csspart control - The inner `<input>` (also `input`).
 * @csspart input - The same element as `control`, by its kind.
 * @csspart decoded - The list of what the number says.
 * @csspart error - The error message.
 * @csspart error-icon - The icon before the message.
 * @event input - When the user types; `event.target.value` is the new value.
 * @event change - When the user commits a change.
 */
export class DvcPersonalIdField extends TextInputControl {
  static override styles: CSSResultGroup = [DvcFormControl.styles, personalIdFieldStyles];

  protected override keyboard(): string {
    return 'numeric';
  }

  protected override maxChars(): number {
    return 12;
  }

  protected override cleanText(text: string): string {
    return text.replace(/\s/g, '');
  }

  protected override defaultSchema(): FieldSchema {
    return { type: 'string', format: 'vn-personal-id' };
  }

  protected override describedBy(...extra: string[]): string {
    return super.describedBy(...extra, this.decodedId() === undefined ? '' : 'decoded');
  }

  protected override renderDetails(): TemplateResult | typeof nothing {
    const parsed = parsePersonalId(this.value);
    if (parsed === undefined) return nothing;
    const t = this.messages;
    const place = parsed.province?.name ?? t.bornAbroad;
    return html`<dl id="decoded" part="decoded" class="decoded" aria-label=${t.decoded}>
      <div>
        <dt>${t.birthProvince}</dt>
        <dd>${place}</dd>
      </div>
      <div>
        <dt>${t.sex}</dt>
        <dd>${parsed.sex === 'male' ? t.male : t.female}</dd>
      </div>
      <div>
        <dt>${t.birthYear}</dt>
        <dd>${parsed.birthYear}</dd>
      </div>
    </dl>`;
  }

  private decodedId(): string | undefined {
    return parsePersonalId(this.value)?.value;
  }
}

defineElement('dvc-personal-id-field', DvcPersonalIdField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-personal-id-field': DvcPersonalIdField;
  }
}
