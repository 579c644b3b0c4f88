/**
 * A leaf field of `<dvc-form>` without an element of its own: a Lit directive that renders the
 * field's widget (`form-leaf.ts`) and re-renders it, alone, when the store says its value, message,
 * visibility or requiredness changed. It is the store's subscriber, the field's focus target and
 * its widget's event listener, so a field costs no wrapper element, no Lit update cycle and no
 * closure (docs/decisions/0018-first-render.md).
 */
import { nothing, noChange, type ChildPart } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { AdminUnitOption, AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FormFieldHandle } from '../components/form/form-field-handle.js';
import { readAdminUnits } from './form-admin-units.js';
import type { FieldNode } from './form-fields.js';
import { hasChoices, leafTemplate, provinceOf, type LeafHost } from './form-leaf.js';
import type { FormChanges, FormStore } from './form-store.js';
import { FieldSubscription } from './form-field-subscription.js';

class LeafFieldDirective extends AsyncDirective implements LeafHost, FormFieldHandle {
  node!: FieldNode;
  store!: FormStore;
  adminUnits: AdminUnitsProvider | undefined = undefined;
  /** Choices loaded from `adminUnits` (province and commune fields). */
  choices: readonly AdminUnitOption[] | undefined = undefined;
  widget: HTMLElement | undefined = undefined;
  hidden = false;
  private renders = 0;
  private choicesFor: string | undefined = undefined;
  eventRoot: EventTarget | undefined = undefined;
  private readonly subscription = new FieldSubscription(this);

  get renderCount(): number {
    return this.renders;
  }

  render(_node: FieldNode, _store: FormStore, _adminUnits: AdminUnitsProvider | undefined): unknown {
    return this.view();
  }

  override update(
    part: ChildPart,
    [node, store, adminUnits]: [FieldNode, FormStore, AdminUnitsProvider | undefined],
  ): unknown {
    // The form re-rendering around the field changes nothing here: the store tells it what changed.
    if (node === this.node && store === this.store && adminUnits === this.adminUnits) return noChange;
    this.node = node;
    this.store = store;
    this.adminUnits = adminUnits;
    this.eventRoot ??= (part.options?.host as { renderRoot?: EventTarget } | undefined)?.renderRoot;
    this.subscribe();
    return this.view();
  }

  /** Focuses the widget. */
  focus(options?: FocusOptions): void {
    if (this.widget !== undefined && this.widget.isConnected) this.widget.focus(options);
  }

  /** What changed in the store (it calls this on its subscribers). */
  storeChanged(changes: FormChanges): void {
    const pointer = this.node.pointer;
    if (
      changes === null ||
      changes.has(pointer) ||
      // An address shows its parts' messages itself.
      (this.node.widget === 'address' && [...changes].some((p) => p.startsWith(`${pointer}/`)))
    )
      this.setValue(this.view());
  }

  protected override disconnected(): void {
    this.unsubscribe();
  }

  protected override reconnected(): void {
    this.subscribe();
  }

  private view(): unknown {
    this.renders++;
    const { node, store } = this;
    this.hidden = !store.isVisible(node.pointer) || node.widget === 'hidden';
    if (this.hidden) return nothing;
    this.updateChoices();
    return leafTemplate(this);
  }

  /** Loads the choices of a province or commune field when their source changes. */
  private updateChoices(): void {
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

  private loadChoices(key: string, load: () => Promise<readonly AdminUnitOption[]>): void {
    if (this.choicesFor === key) return;
    this.choicesFor = key;
    this.choices = undefined;
    const loaded = (list: readonly AdminUnitOption[]): void => {
      if (this.choicesFor !== key) return;
      this.choices = list;
      if (this.isConnected) this.setValue(this.view());
    };
    load().then(loaded, () => {
      loaded([]);
    });
  }

  private subscribe(): void {
    this.subscription.start(this.store, this.node.pointer, this.isConnected);
  }

  private unsubscribe(): void {
    this.subscription.end();
  }
}

/** The leaf field `node` of `store`: its widget (and help), updated on its own. */
export const leafField = directive(LeafFieldDirective);

/** Whether `node` is rendered by `leafField` (not a group, repeatable group or recursive group). */
export function isLeaf(node: FieldNode): boolean {
  return node.widget !== 'group' && node.widget !== 'repeatable' && node.lazy === undefined;
}
