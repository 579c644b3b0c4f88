import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { childPointer, isJsonObject } from '@dvc-kit/validation';
import {
  declaredNames,
  entryField,
  entryKeys,
  entrySchema,
  freshKey,
  keyProblem,
  renameKey,
} from '../../internal/form-entries.js';
import { actionButton } from '../../internal/form-button-template.js';
import { newItem } from '../../internal/form-defaults.js';
import type { FieldNode } from '../../internal/form-fields.js';
import { fieldsTemplate } from '../../internal/form-group-template.js';
import type { FormChanges, FormStore } from '../../internal/form-store.js';
import type { AdminUnitsProvider } from './admin-units.js';
import { whenPointerReleased } from '../../internal/controls/pointer-release.js';
import '../text-field/text-field.js';

const WORDS = {
  vi: {
    key: 'Tên khóa',
    entry: (k: string) => `Mục “${k}”`,
    add: 'Thêm mục',
    remove: (k: string) => `Xóa mục “${k}”`,
  },
  en: {
    key: 'Key',
    entry: (k: string) => `Entry “${k}”`,
    add: 'Add entry',
    remove: (k: string) => `Remove entry “${k}”`,
  },
};

type KeyField = HTMLElement & { value: string; error: string; updateComplete: Promise<boolean> };

/**
 * The key-value editor of an open object (`additionalProperties`, `patternProperties`): one entry
 * per extra key of its data (the key, editable, and the value, typed by the schema the key
 * matches), "Add entry" and "Remove entry". A key is checked against `patternProperties` and
 * `propertyNames`; a key that is empty or already used is not applied and says why.
 *
 * @summary The extra keys of a group of `<dvc-form>` (created by the form; not used alone).
 * @csspart entry - One entry (also `add-button`, `remove-button`).
 */
export class DvcFormEntries extends LitElement {
  /** The open group. */
  @property({ attribute: false }) node!: FieldNode;
  /** The state of the form it belongs to. */
  @property({ attribute: false }) store!: FormStore;
  /** The source of province and commune choices, if any. */
  @property({ attribute: false }) adminUnits: AdminUnitsProvider | undefined = undefined;

  /** A key typed but not applied (empty or taken), by entry id, with its message. */
  private readonly drafts = new Map<number, { text: string; error: string }>();
  /** A stable id per key, kept when the key is renamed (so the entry and its focus stay). */
  private readonly ids = new Map<string, number>();
  private readonly nodes = new Map<string, FieldNode>();
  private nextId = 0;
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
    if (changed.has('node')) this.nodes.clear();
  }

  private get object(): Record<string, unknown> {
    const value = this.store.value(this.node.pointer);
    return isJsonObject(value) ? value : {};
  }

  private idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(key, id);
    }
    return id;
  }

  private field(key: string, value: unknown): FieldNode {
    let node = this.nodes.get(key);
    if (node === undefined) {
      node = entryField(this.store.model.context, this.node, key, value);
      this.nodes.set(key, node);
    }
    return node;
  }

  private get locked(): boolean {
    return this.store.disabled || this.store.readonly || this.node.locked;
  }

  protected override render(): TemplateResult {
    const { node, store } = this;
    const words = WORDS[store.locale];
    const object = this.object;
    const keys = entryKeys(store.model.context.root, node, object);
    const max = typeof node.schema['maxProperties'] === 'number' ? node.schema['maxProperties'] : Infinity;
    const entries = repeat(
      keys,
      (key) => this.idOf(key),
      (key) => this.entryTemplate(key, keys, object),
    );
    return html`${
      keys.length === 0
        ? nothing
        : html`<ol class="repeatable-list entries">
            ${entries}
          </ol>`
    }
    ${
      this.locked || Object.keys(object).length >= max
        ? nothing
        : actionButton('add', words.add, () => {
            this.add();
          })
    }`;
  }

  private entryTemplate(
    key: string,
    keys: readonly string[],
    object: Record<string, unknown>,
  ): TemplateResult {
    const { store } = this;
    const words = WORDS[store.locale];
    const draft = this.drafts.get(this.idOf(key));
    const error = this.keyError(key, keys);
    return html`<li part="entry" class="repeatable-item entry">
      <fieldset class="group item">
        <legend part="legend" class="legend">${words.entry(key)}</legend>
        <dvc-text-field
          class="entry-key"
          .name=${`${this.node.pointer}#key`}
          .label=${words.key}
          .value=${draft?.text ?? key}
          .error=${error}
          .required=${true}
          .disabled=${store.disabled}
          .readonly=${this.locked}
          .locale=${store.locale}
          @change=${(event: Event) => {
            this.rename(key, (event.target as KeyField).value);
          }}
          @focusout=${(event: Event) => {
            const field = event.currentTarget as KeyField;
            // The field checked itself on the same blur; the key's own message wins.
            whenPointerReleased(() => {
              field.error = this.keyError(
                this.keyOf(field),
                entryKeys(store.model.context.root, this.node, this.object),
              );
            });
          }}
        ></dvc-text-field>
        ${fieldsTemplate([this.field(key, object[key])], store, this.adminUnits)}
        ${
          this.locked
            ? nothing
            : actionButton('remove', words.remove(key), () => {
                this.removeEntry(key);
              })
        }
      </fieldset>
    </li>`;
  }

  /** The message of the key field of entry `key`: its draft's, else what is wrong with the key. */
  private keyError(key: string, keys: readonly string[]): string {
    const draft = this.drafts.get(this.idOf(key));
    if (draft !== undefined) return draft.error;
    const others = new Set(keys.filter((k) => k !== key));
    return keyProblem(this.store.model.context.root, this.node, key, others, this.store.locale);
  }

  /** The key of the entry whose key field is `field` (after a rename, the new key). */
  private keyOf(field: KeyField): string {
    const index = [...this.querySelectorAll(':scope > ol > li > fieldset > .entry-key')].indexOf(field);
    return entryKeys(this.store.model.context.root, this.node, this.object)[index] ?? '';
  }

  /** Renames entry `from` to `to`, unless `to` is empty or taken (then the key field says so). */
  private rename(from: string, to: string): void {
    const { node, store } = this;
    const id = this.idOf(from);
    const object = this.object;
    if (to === from) {
      this.drafts.delete(id);
      this.requestUpdate();
      return;
    }
    const taken = new Set(Object.keys(object).filter((k) => k !== from));
    const problem = keyProblem(store.model.context.root, node, to, taken, store.locale);
    if (to === '' || taken.has(to) || declaredNames(store.model.context.root, node.schema).has(to)) {
      this.drafts.set(id, { text: to, error: problem });
      this.requestUpdate();
      return;
    }
    this.drafts.delete(id);
    this.ids.delete(from);
    this.ids.set(to, id);
    this.nodes.delete(from);
    store.forget(childPointer(node.pointer, from));
    store.set(node.pointer, renameKey(object, from, to));
    store.emitChange(node.pointer);
  }

  /** Adds an entry with a fresh key and the empty value of its type; focus goes to its key, selected. */
  private add(): void {
    const { node, store } = this;
    const object = this.object;
    const root = store.model.context.root;
    const key = freshKey(new Set([...Object.keys(object), ...declaredNames(root, node.schema)]));
    const schema = entrySchema(root, node.schema, key, undefined) ?? {};
    store.set(node.pointer, { ...object, [key]: newItem(root, schema) ?? '' });
    store.emitChange(node.pointer);
    void this.updateComplete.then(() => this.focusKey(key, true));
  }

  /** Removes entry `key`; focus goes to the next entry's key, else to "Add entry". */
  private removeEntry(key: string): void {
    const { node, store } = this;
    const keys = entryKeys(store.model.context.root, node, this.object);
    const next = keys[keys.indexOf(key) + 1];
    const { [key]: _removed, ...rest } = this.object;
    this.drafts.delete(this.idOf(key));
    this.ids.delete(key);
    this.nodes.delete(key);
    store.forget(childPointer(node.pointer, key));
    store.set(node.pointer, rest);
    store.emitChange(node.pointer);
    void this.updateComplete.then(async () => {
      if (next !== undefined) return this.focusKey(next, false);
      this.querySelector<HTMLElement>(':scope > [part~="add-button"]')?.focus();
    });
  }

  private async focusKey(key: string, select: boolean): Promise<void> {
    const index = entryKeys(this.store.model.context.root, this.node, this.object).indexOf(key);
    const field = this.querySelectorAll<KeyField>(':scope > ol > li > fieldset > .entry-key')[index];
    if (field === undefined) return;
    await field.updateComplete;
    field.focus();
    if (select) field.shadowRoot?.querySelector('input')?.select();
  }

  private subscribe(): void {
    this.unsubscribe?.();
    if ((this.store as FormStore | undefined) === undefined || !this.isConnected) return;
    this.unsubscribe = this.store.subscribe((changes: FormChanges) => {
      if (changes === null) this.nodes.clear();
      if (changes === null || changes.has(this.node.pointer)) this.requestUpdate();
    });
  }
}

if (!customElements.get('dvc-form-entries')) customElements.define('dvc-form-entries', DvcFormEntries);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-form-entries': DvcFormEntries;
  }
}
