/**
 * A field of `<dvc-form>` without a Lit part of its own, in its group's list (`form-group-fields.ts`).
 * A leaf has no element either: it shows the field's widget (`form-leaf.ts`) and shows it again,
 * alone, when the store says its value, message, visibility or requiredness changed; it is the
 * store's subscriber, the field's focus target and its widget's event listener, so a field costs no
 * wrapper element, no Lit update cycle and no closure (docs/decisions/0018-first-render.md). A group,
 * repeatable or recursive group shows its own `<dvc-form-field>`, which does all that itself.
 */
import type { AdminUnitOption, AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FormFieldHandle } from '../components/form/form-field-handle.js';
import { readAdminUnits } from './form-admin-units.js';
import type { FieldNode } from './form-fields.js';
import { hasChoices, leafView, provinceOf, type LeafHost } from './form-leaf.js';
import type { FormChanges, FormStore } from './form-store.js';
import { FieldSubscription } from './form-field-subscription.js';

/** Where a leaf shows its node: its group, which keeps the fields' nodes in their order. */
export interface LeafPlace {
  /** Whether the group is connected (a disconnected field does not subscribe). */
  readonly isConnected: boolean;
  /** Shows `node` (the widget or its box; `undefined`: nothing) as `field`'s, in its place. */
  show(field: LeafField, node: Node | undefined): void;
}

/** A group's element (`<dvc-form-field>`) with the properties the form sets. */
type GroupElement = HTMLElement & Pick<LeafField, 'node' | 'store' | 'adminUnits'>;

export class LeafField implements LeafHost, FormFieldHandle {
  node!: FieldNode;
  store!: FormStore;
  adminUnits: AdminUnitsProvider | undefined = undefined;
  /** Choices loaded from `adminUnits` (province and commune fields). */
  choices: readonly AdminUnitOption[] | undefined = undefined;
  widget: HTMLElement | undefined = undefined;
  hidden = false;
  /** A group's element, once the field has been a group. */
  private group?: GroupElement | undefined;
  /** The node shown in the group (the widget, its box or a group's element), if any. */
  shown?: Node | undefined;
  private renders = 0;
  private choicesFor?: string | undefined;
  private readonly subscription = new FieldSubscription(this);

  /** A field of `place`, its widget's events heard at `eventRoot`; it shows nothing until `set`. */
  constructor(
    private readonly place: LeafPlace,
    public eventRoot: EventTarget | undefined,
  ) {}

  get renderCount(): number {
    return this.renders;
  }

  /** Shows the field `node` of `store` (unless it already does) in place of the one it showed. */
  set(node: FieldNode, store: FormStore, adminUnits: AdminUnitsProvider | undefined): void {
    if (node === this.node && store === this.store && adminUnits === this.adminUnits) return;
    this.node = node;
    this.store = store;
    this.adminUnits = adminUnits;
    this.subscribe();
    this.view();
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
      this.view();
  }

  /** Subscribes a leaf to the store (when the group is connected), ending any previous subscription. */
  subscribe(): void {
    this.subscription.start(
      isLeaf(this.node) ? this.store : undefined,
      this.node.pointer,
      this.place.isConnected,
    );
  }

  /** Ends the subscription (the group disconnected or dropped the field). */
  unsubscribe(): void {
    this.subscription.end();
  }

  private view(): void {
    this.renders++;
    const { node, store } = this;
    if (!isLeaf(node)) {
      // Its properties set before it connects (it subscribes then); the same values set change nothing.
      const group = (this.group ??= document.createElement('dvc-form-field') as GroupElement);
      Object.assign(group, { node, store, adminUnits: this.adminUnits });
      this.place.show(this, group);
      return;
    }
    this.hidden = !store.isVisible(node.pointer) || node.widget === 'hidden';
    if (!this.hidden) this.updateChoices();
    this.place.show(this, this.hidden ? undefined : leafView(this));
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
      if (this.place.isConnected) this.view();
    };
    load().then(loaded, () => {
      loaded([]);
    });
  }
}

/** Whether `node` is a leaf (not a group, repeatable group or recursive group, which have an element). */
export function isLeaf(node: FieldNode): boolean {
  return node.widget !== 'group' && node.widget !== 'repeatable' && node.lazy === undefined;
}
