import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { expandLazy, itemFields, type FieldNode } from '../../internal/form-fields.js';
import { isJsonObject } from '@dvc-kit/validation';
import { fieldId } from '../../internal/form-field-id.js';
import { fieldsTemplate, groupTemplate } from '../../internal/form-group-template.js';
import { repeatableTemplate, type RepeatableHost } from '../../internal/form-repeatable-template.js';
import type { FormChanges, FormStore } from '../../internal/form-store.js';
import type { AdminUnitsProvider } from './admin-units.js';
import type { FormFieldHandle } from './form-field-handle.js';
import type * as ChoiceTemplates from '../../internal/form-choice-template.js';
import { widgetDefined } from '../../internal/form-widget-load.js';
import { FieldSubscription } from '../../internal/form-field-subscription.js';

type ChoiceModule = typeof ChoiceTemplates;

/**
 * The branch picker of a choice of shapes and a recursive group's buttons: a chunk loaded the first
 * time a group needs it (most forms have neither), like the key-value editor (ADR 0015).
 */
let choiceModule: ChoiceModule | undefined;

/**
 * A group of a `<dvc-form>`, rendered from its definition: a fieldset of fields, a repeatable group,
 * a recursive group, or nothing (inactive conditions). Any other field has no element of its own:
 * its widget is updated by the form (docs/decisions/0018-first-render.md), and its help text (part
 * `help`) follows the widget. It updates on its own when its value, message or visibility changes.
 * Rendered into its own light DOM, inside the form's shadow root.
 *
 * @summary A group of `<dvc-form>` (created by the form; not used alone).
 * @csspart group - The fieldset of a group or repeatable group.
 * @csspart legend - The legend of a fieldset.
 * @csspart help - The help text below a group (and, without this element, below a field's widget).
 * @csspart repeatable-item - One item of a repeatable group.
 * @csspart add-button - The button adding an item to a repeatable group.
 * @csspart remove-button - The button removing an item.
 */
export class DvcFormField extends LitElement implements RepeatableHost, FormFieldHandle {
  /** The field. */
  @property({ attribute: false }) node!: FieldNode;
  /** The state of the form it belongs to. */
  @property({ attribute: false }) store!: FormStore;
  /** The source of province and commune choices, if any. */
  @property({ attribute: false }) adminUnits: AdminUnitsProvider | undefined = undefined;
  /** A group has no widget of its own. */
  readonly widget: HTMLElement | undefined = undefined;
  private readonly subscription = new FieldSubscription(this);
  private renders = 0;
  private items = new Map<number, FieldNode[]>();
  private expanded: FieldNode | undefined;

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

  /** Focuses the group's first field. */
  override focus(options?: FocusOptions): void {
    firstField(this)?.focus(options);
  }

  /** How many times the field has rendered: a public hook for performance tests and devtools. */
  get renderCount(): number {
    return this.renders;
  }

  /** Focuses the group's first field once it has rendered. */
  async focusWhenReady(): Promise<void> {
    await this.updateComplete;
    await focusWhenReady(firstField(this));
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

  /** Focuses the first field of item `index` of this repeatable group once it has rendered. */
  private itemField(index: number): { focusWhenReady(): Promise<void> } | undefined {
    if (index < 0) return undefined;
    const item = this.querySelector<HTMLElement>(
      `:scope > fieldset > ol > li:nth-of-type(${index + 1}) > fieldset`,
    );
    const first = item === null ? undefined : firstField(item);
    return first === undefined ? undefined : { focusWhenReady: () => focusWhenReady(first) };
  }

  /** The key-value editor's chunk, while it loads: `updateComplete` waits for it. */
  private entriesChunk: Promise<unknown> | undefined = undefined;
  /** The choices' chunk, while it loads: the group renders once it is in; `updateComplete` waits. */
  private choiceChunk: Promise<void> | undefined = undefined;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.entriesChunk;
    if (this.choiceChunk === undefined) return done;
    await this.choiceChunk;
    return this.getUpdateComplete();
  }

  /** Starts loading the choices' chunk; the group renders again once it is in (or tries again). */
  private loadChoices(): void {
    this.choiceChunk ??= import('../../internal/form-choice-template.js').then(
      (module) => {
        choiceModule = module;
        this.choiceChunk = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.choiceChunk = undefined;
        console.error('<dvc-form>: a part could not be loaded; it is tried again on the next render.', error);
      },
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store') || changed.has('node')) this.subscribe();
    if (changed.has('node')) {
      // An entry of an open object was renamed: the same element now shows another pointer.
      this.items.clear();
      this.expanded = undefined;
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    this.renders++;
    const { node, store } = this;
    const visible = store.isVisible(node.pointer);
    this.hidden = !visible;
    this.id = fieldId(node.pointer);
    if (this.hidden) return nothing;
    if (node.widget === 'repeatable') return repeatableTemplate(this);
    const choices = choiceModule;
    if (choices === undefined) {
      if (node.branches !== undefined || node.lazy !== undefined) {
        this.loadChoices();
        return nothing;
      }
      return groupTemplate(
        node,
        store,
        this.adminUnits,
        html`${fieldsTemplate(node.children, store, this.adminUnits)}${this.entriesTemplate(node)}`,
      );
    }
    if (node.lazy !== undefined) return this.lazyTemplate(choices);
    if (node.pointer === '' && node.branches !== undefined)
      return choices.choiceTemplate(node, store, this.adminUnits);
    return groupTemplate(
      node,
      store,
      this.adminUnits,
      html`${fieldsTemplate(node.children, store, this.adminUnits)}${choices.choiceTemplate(node, store, this.adminUnits)}${this.entriesTemplate(node)}`,
    );
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
  private lazyTemplate({
    addLazyTemplate,
    choiceTemplate,
    removeLazyTemplate,
  }: ChoiceModule): TemplateResult {
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
    this.subscription.start(this.store, this.node.pointer, this.isConnected);
  }

  private unsubscribe(): void {
    this.subscription.end();
  }

  /** What changed in the store (it calls this on its subscribers). */
  storeChanged(changes: FormChanges): void {
    const pointer = this.node.pointer;
    if (changes === null) this.items.clear();
    if (changes === null || changes.has(pointer)) this.requestUpdate();
  }
}

/** The first field inside `root` (a widget or a group: both have a field id), not a choice's picker. */
function firstField(root: ParentNode): HTMLElement | undefined {
  return root.querySelector<HTMLElement>('[id^="field-"]') ?? undefined;
}

/** Focuses `field` once it (and its widget) have rendered. */
async function focusWhenReady(field: HTMLElement | undefined): Promise<void> {
  if (field instanceof DvcFormField) return field.focusWhenReady();
  await widgetDefined(field);
  await (field as Partial<LitElement> | undefined)?.updateComplete;
  field?.focus();
}

if (!customElements.get('dvc-form-field')) customElements.define('dvc-form-field', DvcFormField);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form-field': DvcFormField;
  }
}
