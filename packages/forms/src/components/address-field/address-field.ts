import type { Locale } from '@dvc-kit/validation';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../../internal/controls/define.js';
import { validatesOnDemand } from '../../internal/controls/on-demand-validity.js';
import type { AdminUnitOption, AdminUnitsProvider } from '../form/admin-units.js';
import '../select-field/select-field.js';
import '../text-field/text-field.js';
import { addressFieldStyles } from './address-field.styles.js';
import {
  isLegacyAddress,
  mapLegacyAddress,
  type LegacyCandidate,
  type LegacyMapping,
} from './address-legacy.js';
import { addressMessages } from './address-messages.js';
import { unitSource } from './address-units.js';
import { compactAddress, type AddressValue } from './address-value.js';

type PartRole = 'province' | 'commune' | 'detail';
const PART_ROLES: readonly PartRole[] = ['province', 'commune', 'detail'];

/**
 * An address in the 2025 units: a province (34) and a commune (filtered by the province) chosen in
 * comboboxes that find names typed without diacritics ("ha noi", "phuong hoan kiem"), and a detail
 * line. The value stores codes: `{ province, commune, detail }`. The units come from `adminUnits`
 * (the sdk's client) or, without it, from `@dvc-kit/admin-units`, loaded when the field is created.
 *
 * A value given in the old three-level units (before 1 July 2025: an old province code, optionally
 * an old `district`, the old ward code in `commune`) is mapped to the 2025 units: when the mapping
 * is unambiguous the new codes replace it (an `input` event) and a notice says so; otherwise the
 * value is kept as given and the citizen is asked to choose among the candidates, or to choose again.
 *
 * @customElement dvc-address-field
 * @summary An address: province and commune comboboxes and a detail line.
 * @csspart group - The fieldset (also `legend`, `help`, `error`).
 * @csspart notice - Says an old address was mapped to the new units.
 * @csspart legacy - Asks the citizen to choose the new commune of an old address (also `candidate`).
 * @csspart province - The province combobox (a `<dvc-select-field>`).
 * @csspart commune - The commune combobox (a `<dvc-select-field>`).
 * @csspart detail - The detail line (a `<dvc-text-field>`).
 * @event input - The value changed (the citizen's choice, or an old address mapped).
 * @event change - The value changed.
 */
export class DvcAddressField extends LitElement {
  static override shadowRootOptions: ShadowRootInit = {
    ...LitElement.shadowRootOptions,
    delegatesFocus: true,
  };
  static override styles = addressFieldStyles;

  /** The address, by role. */
  @property({ attribute: false }) value: AddressValue = {};
  /** The legend. */
  @property() label = '';
  /** Help under the legend. */
  @property() hint = '';
  /** A name, for the page's own use. */
  @property({ reflect: true }) name = '';
  @property({ type: Boolean, reflect: true }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  @property({ type: Boolean, reflect: true }) readonly = false;
  @property({ reflect: true }) locale: Locale = 'vi';
  /** A message about the whole address. */
  @property() error = '';
  /** Messages about each part. */
  @property({ attribute: false }) errors: Partial<Record<PartRole, string>> = {};
  /** The parts' labels (defaults: "Tỉnh/thành phố", "Xã/phường/đặc khu", "Số nhà, đường, ..."). */
  @property({ attribute: false }) labels: Partial<Record<PartRole, string>> = {};
  /** Which parts are required (default: all three when `required`). */
  @property({ attribute: false }) requiredParts: Partial<Record<PartRole, boolean>> | undefined = undefined;
  /** Where the units come from (the sdk's client); without it, `@dvc-kit/admin-units`. */
  @property({ attribute: false }) adminUnits: AdminUnitsProvider | undefined = undefined;

  @state() private provinces: readonly AdminUnitOption[] | undefined = undefined;
  @state() private communes: readonly AdminUnitOption[] | undefined = undefined;
  @state() private notice = '';
  @state() private legacy: (LegacyMapping & { old: string }) | undefined = undefined;
  /** The value the field itself set last: not one to check as an old address. */
  private own: AddressValue | undefined;
  private communesFor: string | undefined;
  /** The provider the lists were loaded from (`null`: none yet). */
  private unitsFor: AdminUnitsProvider | undefined | null = null;
  private loading: Promise<unknown> = Promise.resolve();

  /** Resolves when the lists (and any old-address mapping) in progress have loaded and are shown. */
  async whenLoaded(): Promise<void> {
    for (let previous: Promise<unknown> | undefined; previous !== this.loading;) {
      previous = this.loading;
      await previous;
      await this.updateComplete;
      const parts = this.renderRoot.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
        'dvc-select-field, dvc-text-field',
      );
      await Promise.all(Array.from(parts, async (part) => part.updateComplete));
    }
  }

  /** Focuses the first part with a message, else the first part. */
  override focus(options?: FocusOptions): void {
    const role = PART_ROLES.find((r) => (this.errors[r] ?? '') !== '') ?? 'province';
    const part = this.renderRoot.querySelector<HTMLElement>(`[part~="${role}"]`);
    if (part !== null) part.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const units = unitSource(this.adminUnits);
    if (this.unitsFor !== this.adminUnits) {
      this.unitsFor = this.adminUnits;
      this.provinces = undefined;
      this.communesFor = undefined;
      this.track(units.provinces().then((list) => (this.provinces = list)));
    }
    if (changed.has('value') && this.value !== this.own) {
      this.notice = '';
      this.legacy = undefined;
      this.track(this.checkLegacy(this.value));
    }
    const province = this.shown().province ?? '';
    if (province !== this.communesFor) {
      this.communesFor = province;
      this.communes = province === '' ? [] : undefined;
      if (province !== '')
        this.track(
          units.communes(province).then(
            (list) => {
              if (this.communesFor === province) this.communes = list;
            },
            () => (this.communes = []),
          ),
        );
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // In <dvc-form> a part's message is the form's (a portal's 422, say): it wins over the part's own
    // check, which runs when the part's value changes (an old address's lookup finishing late empties
    // the commune), as the form's message wins over its own widgets' checks (`form-leaf.ts`).
    if (!validatesOnDemand(this)) return;
    for (const role of PART_ROLES) {
      const message = this.errors[role] ?? '';
      const part = this.renderRoot.querySelector<LitElement & { error: string }>(`[part~="${role}"]`);
      if (message === '' || part === null) continue;
      part.error = message;
      part.requestUpdate('error', '\u0000');
    }
  }

  protected override render(): TemplateResult {
    const messages = addressMessages(this.locale);
    const shown = this.shown();
    const label = (role: PartRole): string => this.labels[role] ?? messages[role];
    const required = (role: PartRole): boolean => this.requiredParts?.[role] ?? this.required;
    const options = (list: readonly AdminUnitOption[] | undefined): { value: string; label: string }[] =>
      (list ?? []).map((u) => ({ value: u.code, label: u.name }));
    const province = shown.province ?? '';
    return html`<fieldset part="group" aria-invalid=${this.error === '' ? nothing : 'true'}>
      <legend part="legend">${this.label}</legend>
      ${this.hint === '' ? nothing : html`<p part="help" class="help">${this.hint}</p>`}
      ${this.error === '' ? nothing : html`<p part="error" class="error" role="alert">${this.error}</p>`}
      ${this.notice === '' ? nothing : html`<p part="notice" class="notice" role="status">${this.notice}</p>`}
      ${this.renderLegacy()}
      <dvc-select-field
        part="province"
        search-threshold="0"
        .options=${options(this.provinces)}
        .value=${province}
        .label=${label('province')}
        .hint=${this.provinces === undefined ? messages.loading : ''}
        .error=${this.errors.province ?? ''}
        .locale=${this.locale}
        ?required=${required('province')}
        ?disabled=${this.disabled}
        ?readonly=${this.readonly}
        @input=${(e: Event) => {
          this.onPart(e, 'province');
        }}
        @change=${this.stop}
      ></dvc-select-field>
      <dvc-select-field
        part="commune"
        search-threshold="0"
        .options=${options(this.communes)}
        .value=${shown.commune ?? ''}
        .label=${label('commune')}
        .hint=${province === '' ? messages.chooseProvinceFirst : this.communes === undefined ? messages.loading : ''}
        .error=${this.errors.commune ?? ''}
        .locale=${this.locale}
        ?required=${required('commune')}
        ?disabled=${this.disabled || province === ''}
        ?readonly=${this.readonly}
        @input=${(e: Event) => {
          this.onPart(e, 'commune');
        }}
        @change=${this.stop}
      ></dvc-select-field>
      <dvc-text-field
        part="detail"
        .value=${shown.detail ?? ''}
        .label=${label('detail')}
        .error=${this.errors.detail ?? ''}
        .locale=${this.locale}
        ?required=${required('detail')}
        ?disabled=${this.disabled}
        ?readonly=${this.readonly}
        @input=${(e: Event) => {
          this.onPart(e, 'detail');
        }}
        @change=${this.stop}
      ></dvc-text-field>
    </fieldset>`;
  }

  private renderLegacy(): TemplateResult | typeof nothing {
    const legacy = this.legacy;
    if (legacy === undefined) return nothing;
    const messages = addressMessages(this.locale);
    if (legacy.status !== 'ambiguous')
      return html`<p part="legacy" class="legacy" role="alert">${messages.notFound(legacy.old)}</p>`;
    return html`<div part="legacy" class="legacy" role="alert">
      <p>${messages.ambiguous(legacy.old)}</p>
      <ul>
        ${legacy.candidates.map(
          (candidate) =>
            html`<li>
              <button
                type="button"
                part="candidate"
                ?disabled=${this.disabled || this.readonly}
                @click=${() => {
                  this.choose(candidate);
                }}
              >
                ${candidate.label}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** What the parts show: nothing of an old address still to be resolved (its codes mean other units now). */
  private shown(): AddressValue {
    return this.legacy === undefined ? this.value : { detail: this.value.detail ?? '' };
  }

  private track(work: Promise<unknown>): void {
    const previous = this.loading;
    this.loading = Promise.all([previous, work.catch(() => undefined)]);
  }

  private async checkLegacy(value: AddressValue): Promise<void> {
    const units = unitSource(this.adminUnits);
    if (!(await isLegacyAddress(value, units))) return;
    const mapping = await mapLegacyAddress(value);
    if (value !== this.value) return;
    const messages = addressMessages(this.locale);
    const old = messages.oldAddress(mapping.oldProvince, value.district ?? '', value.commune ?? '');
    const [only] = mapping.candidates;
    if (mapping.status === 'exact' && only !== undefined) {
      this.set({ province: only.province, commune: only.commune, detail: value.detail ?? '' });
      this.notice = messages.mapped(old, only.label);
    } else this.legacy = { ...mapping, old };
  }

  private choose(candidate: LegacyCandidate): void {
    this.set({ province: candidate.province, commune: candidate.commune, detail: this.value.detail ?? '' });
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<HTMLElement>('[part~="commune"]')?.focus();
    });
  }

  private onPart(event: Event, role: PartRole): void {
    event.stopPropagation();
    const part = (event.target as HTMLElement & { value: string }).value;
    const next: AddressValue = { ...this.shown(), [role]: part };
    // A commune belongs to one province: choosing another province empties it.
    if (role === 'province' && part !== (this.shown().province ?? '')) next.commune = '';
    this.set(next);
  }

  private set(next: AddressValue): void {
    this.legacy = undefined;
    const value = compactAddress(next);
    this.own = value;
    this.value = value;
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private readonly stop = (event: Event): void => {
    event.stopPropagation();
  };
}

defineElement('dvc-address-field', DvcAddressField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-address-field': DvcAddressField;
  }
}
