import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { addLazyTemplate, choiceTemplate, removeLazyTemplate } from '../../internal/form-choice-template.js';
import { expandLazy, itemFields, type FieldNode } from '../../internal/form-fields.js';
import { isJsonObject } from '@dvc-kit/validation';
import { fieldId } from '../../internal/form-field-id.js';
import { fieldsTemplate, groupTemplate } from '../../internal/form-group-template.js';
import {
  hasChoices,
  leafTemplate,
  provinceOf,
  widgetEvent,
  type LeafHost,
} from '../../internal/form-leaf.js';
import { repeatableTemplate, type RepeatableHost } from '../../internal/form-repeatable-template.js';
import type { FormChanges, FormStore } from '../../internal/form-store.js';
import type { AdminUnitOption, AdminUnitsProvider } from './admin-units.js';
import { readAdminUnits } from '../../internal/form-admin-units.js';
import { widgetDefined } from '../../internal/form-widget-load.js';

/**
 * One field of a `<dvc-form>`, rendered from its definition: a widget element, a group or address
 * (a fieldset of fields), a repeatable group, or nothing (hidden fields, inactive conditions). It
 * updates on its own when its value, message, visibility or requiredness changes, so typing in one
 * field never re-renders the others. Rendered into its own light DOM, inside the form's shadow root.
 *
 * @summary A field of `<dvc-form>` (created by the form; not used alone).
 * @csspart group - The fieldset of a group, address or repeatable group.
 * @csspart legend - The legend of a fieldset.
 * @csspart help - The help text below a field.
 * @csspart repeatable-item - One item of a repeatable group.
 * @csspart add-button - The button adding an item to a repeatable group.
 * @csspart remove-button - The button removing an item.
 */
export class DvcFormField extends LitElement implements RepeatableHost, LeafHost {
  /** The field. */
  @property({ attribute: false }) node!: FieldNode;
  /** The state of the form it belongs to. */
  @property({ attribute: false }) store!: FormStore;
  /** The source of province and commune choices, if any. */
  @property({ attribute: false }) adminUnits: AdminUnitsProvider | undefined = undefined;
  /** Choices loaded from `adminUnits` (province and commune fields). */
  @state() choices: readonly AdminUnitOption[] | undefined = undefined;

  /** The widget element, created once per tag. */
  widget: HTMLElement | undefined = undefined;
  /** The store and pointer it is subscribed and registered with, while connected. */
  private subscribed: { store: FormStore; pointer: string } | undefined;
  private renders = 0;
  private items = new Map<number, FieldNode[]>();
  private expanded: FieldNode | undefined;
  private choicesFor: string | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.subscribe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe();
  }

  /** Focuses the widget, or the first field of a group. */
  override focus(options?: FocusOptions): void {
    if (this.widget !== undefined && this.widget.isConnected) this.widget.focus(options);
    else this.querySelector<HTMLElement>('dvc-form-field')?.focus(options);
  }

  /** Handles its widget's `input`, `change` and `focusout` (the field listens, rather than a closure per widget). */
  handleEvent(event: Event): void {
    widgetEvent(this, event);
  }

  /** How many times the field has rendered: a public hook for performance tests and devtools. */
  get renderCount(): number {
    return this.renders;
  }

  /** Focuses the field once it (and its widget) have rendered. */
  async focusWhenReady(): Promise<void> {
    await this.updateComplete;
    const inner = this.widget ?? this.querySelector('dvc-form-field');
    if (inner instanceof DvcFormField) {
      await inner.focusWhenReady();
      return;
    }
    await (inner as Partial<LitElement> | null)?.updateComplete;
    this.focus();
  }

  itemFields(index: number): FieldNode[] {
    let fields = this.items.get(index);
    if (fields === undefined) {
      fields = itemFields(this.store.model.context, this.node, index);
      this.items.set(index, fields);
    }
    return fields;
  }

  addItem(): void {
    const list = this.store.value(this.node.pointer);
    const before = Array.isArray(list) ? (list as unknown[]) : [];
    const next: unknown[] = [...before, this.store.newItem(this.node.pointer, before.length)];
    this.store.set(this.node.pointer, next);
    this.store.emitChange(this.node.pointer);
    void this.updateComplete.then(async () => {
      await this.itemField(next.length - 1)?.focusWhenReady();
    });
  }

  removeItem(index: number): void {
    const list = this.store.value(this.node.pointer);
    const next = (Array.isArray(list) ? list : []).filter((_, i) => i !== index);
    this.store.forget(this.node.pointer);
    // The items after the removed one move up: new nodes make every item field show its new value.
    this.items.clear();
    this.store.set(this.node.pointer, next);
    this.store.emitChange(this.node.pointer);
    // Focus goes to the item that took its place, else to "Add", else to the item before: never to
    // another remove button, where a second Enter would remove a second item.
    void this.updateComplete.then(async () => {
      const following = this.itemField(index);
      if (following !== undefined) return following.focusWhenReady();
      const add = this.querySelector<HTMLElement>(':scope > fieldset > [part~="add-button"]');
      if (add !== null) add.focus();
      else await this.itemField(index - 1)?.focusWhenReady();
    });
  }

  /** The first field of item `index` of this repeatable group (not of a nested one). */
  private itemField(index: number): DvcFormField | undefined {
    if (index < 0) return undefined;
    return (
      this.querySelector<DvcFormField>(
        `:scope > fieldset > ol > li:nth-of-type(${index + 1}) dvc-form-field`,
      ) ?? undefined
    );
  }

  /** Loads the choices of a province or commune field when their source changes. */
  private loadChoices(key: string, load: () => Promise<readonly AdminUnitOption[]>): void {
    if (this.choicesFor === key) return;
    this.choicesFor = key;
    this.choices = undefined;
    load().then(
      (list) => {
        if (this.choicesFor === key) this.choices = list;
      },
      () => {
        if (this.choicesFor === key) this.choices = [];
      },
    );
  }

  /** The key-value editor's chunk, while it loads: `updateComplete` waits for it. */
  private entriesChunk: Promise<unknown> | undefined = undefined;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.entriesChunk;
    await widgetDefined(this.widget);
    return done;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store') || changed.has('node')) this.subscribe();
    if (changed.has('node')) {
      // An entry of an open object was renamed: the same element now shows another pointer.
      this.items.clear();
      this.expanded = undefined;
    }
    const provider = this.adminUnits;
    if (provider === undefined || !hasChoices(this)) return;
    if (this.node.widget === 'province')
      this.loadChoices('provinces', () => readAdminUnits(provider.provinces()));
    else {
      const province = provinceOf(this);
      if (province === '') this.loadChoices('', () => Promise.resolve([]));
      else this.loadChoices(`communes:${province}`, () => readAdminUnits(provider.communes(province)));
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    this.renders++;
    const { node, store } = this;
    const visible = store.isVisible(node.pointer);
    this.hidden = !visible || node.widget === 'hidden';
    this.id = fieldId(node.pointer);
    if (this.hidden) return nothing;
    if (node.widget === 'repeatable') return repeatableTemplate(this);
    if (node.lazy !== undefined) return this.lazyTemplate();
    if (node.pointer === '' && node.branches !== undefined)
      return choiceTemplate(node, store, this.adminUnits);
    if (node.widget === 'group') {
      return groupTemplate(
        node,
        store,
        this.adminUnits,
        html`${fieldsTemplate(node.children, store, this.adminUnits)}${choiceTemplate(node, store, this.adminUnits)}${this.entriesTemplate(node)}`,
      );
    }
    return leafTemplate(this);
  }

  /** The key-value editor of an open object's extra keys. */
  private entriesTemplate(node: FieldNode): TemplateResult | typeof nothing {
    if (node.open !== true) return nothing;
    // A chunk of its own, loaded when a schema has an open object: the element upgrades when defined
    // and takes the properties set before (docs/decisions/0015-forms-on-demand-chunks.md).
    if (customElements.get('dvc-form-entries') === undefined)
      this.entriesChunk ??= import('./form-entries.js');
    return html`<dvc-form-entries
      .node=${node}
      .store=${this.store}
      .adminUnits=${this.adminUnits}
    ></dvc-form-entries>`;
  }

  /** A recursive group: "Add" until it has a value, then its fields (built once) and "Remove". */
  private lazyTemplate(): TemplateResult {
    const { node, store } = this;
    if (!isJsonObject(store.value(node.pointer))) {
      this.expanded = undefined;
      return groupTemplate(node, store, this.adminUnits, html`${addLazyTemplate(node, store)}`);
    }
    this.expanded ??= expandLazy(store.model.context, node);
    const full = this.expanded;
    return groupTemplate(
      full,
      store,
      this.adminUnits,
      html`${fieldsTemplate(full.children, store, this.adminUnits)}${choiceTemplate(full, store, this.adminUnits)}${this.entriesTemplate(full)}${removeLazyTemplate(node, store)}`,
    );
  }

  // The field itself is the store's listener and focus target: no closures per field.
  private subscribe(): void {
    this.unsubscribe();
    const store = this.store as FormStore | undefined;
    if (store === undefined || !this.isConnected) return;
    this.subscribed = { store, pointer: this.node.pointer };
    store.subscribe(this);
    store.register(this.node.pointer, this);
  }

  private unsubscribe(): void {
    const subscribed = this.subscribed;
    if (subscribed === undefined) return;
    subscribed.store.unsubscribe(this);
    subscribed.store.unregister(subscribed.pointer, this);
    this.subscribed = undefined;
  }

  /** What changed in the store (it calls this on its subscribers). */
  storeChanged(changes: FormChanges): void {
    const pointer = this.node.pointer;
    if (changes === null) this.items.clear();
    if (changes === null || changes.has(pointer)) this.requestUpdate();
    // An address shows its parts' messages itself.
    else if (this.node.widget === 'address' && [...changes].some((p) => p.startsWith(`${pointer}/`)))
      this.requestUpdate();
  }
}

if (!customElements.get('dvc-form-field')) customElements.define('dvc-form-field', DvcFormField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form-field': DvcFormField;
  }
}
