import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fieldsTemplate } from '../../internal/form-group-template.js';
import { isOneGroup, type SectionNode } from '../../internal/form-model.js';
import type { FormChanges, FormStore } from '../../internal/form-store.js';
import { pickText } from '../../internal/form-text.js';
import type { AdminUnitsProvider } from './admin-units.js';

/**
 * A section of a `<dvc-form>`: its title (a legend: the step has the heading), description and
 * fields, shown while its `visibleWhen` holds. It updates on its own when that changes. Rendered into its own light DOM.
 *
 * @summary A section of `<dvc-form>` (created by the form; not used alone).
 * @csspart section - The section.
 * @csspart section-title - Its legend.
 * @csspart description - Its description.
 */
export class DvcFormSection extends LitElement {
  /** The section. */
  @property({ attribute: false }) section!: SectionNode;
  /** The state of the form it belongs to. */
  @property({ attribute: false }) store!: FormStore;
  /** The source of province and commune choices, if any. */
  @property({ attribute: false }) adminUnits: AdminUnitsProvider | undefined = undefined;

  private unsubscribe: (() => void) | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store')) this.subscribe();
  }

  protected override render(): TemplateResult | typeof nothing {
    const { section, store } = this;
    this.hidden = !store.isSectionVisible(section.id);
    if (this.hidden) return nothing;
    const title = pickText(section.title, store.locale);
    const description = pickText(section.description, store.locale);
    const body = html`${description === '' ? nothing : html`<p part="description" class="description">${description}</p>`}
    ${fieldsTemplate(section.fields, store, this.adminUnits)}`;
    // One heading per step: a section is a fieldset named by its legend, or, when it holds one group
    // (which has its own legend), just that group.
    if (title === '' || isOneGroup(section.fields))
      return html`<div part="section" class="section">${body}</div>`;
    return html`<fieldset part="section" class="section">
      <legend part="section-title" class="section-title">${title}</legend>
      ${body}
    </fieldset>`;
  }

  private subscribe(): void {
    this.unsubscribe?.();
    if ((this.store as FormStore | undefined) === undefined || !this.isConnected) return;
    const key = `section:${this.section.id}`;
    this.unsubscribe = this.store.subscribe((changes: FormChanges) => {
      if (changes === null || changes.has(key)) this.requestUpdate();
    });
  }
}

if (!customElements.get('dvc-form-section')) customElements.define('dvc-form-section', DvcFormSection);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form-section': DvcFormSection;
  }
}
