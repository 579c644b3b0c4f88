/**
 * The fields of a group, a section, an item or a branch of `<dvc-form>`: one Lit directive per list
 * that keeps a `LeafField` per field, each showing its node itself (a leaf's widget or its box with
 * the help, a group's `<dvc-form-field>`) in the list's order, with no Lit part, template instance or
 * comment markers per field (docs/decisions/0019-widgets-in-the-form.md, "Session 13"). Fields are
 * kept by position, as Lit's own list rendering kept them: rendered again with other nodes, the field
 * in a place shows the new node with the same widget element (its tag the same), so a condition or a
 * new item never loses what the person typed elsewhere.
 */
import { noChange, type ChildPart } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import type { AdminUnitsProvider } from '../components/form/admin-units.js';
import type { FieldNode } from './form-fields.js';
import type { FormStore } from './form-store.js';
import { LeafField, type LeafPlace } from './form-leaf-field.js';

class GroupFieldsDirective extends AsyncDirective implements LeafPlace {
  private readonly fields: LeafField[] = [];
  private part!: ChildPart;

  render(
    _nodes: readonly FieldNode[],
    _store: FormStore,
    _adminUnits: AdminUnitsProvider | undefined,
  ): unknown {
    return noChange;
  }

  override update(
    part: ChildPart,
    [nodes, store, adminUnits]: [readonly FieldNode[], FormStore, AdminUnitsProvider | undefined],
  ): unknown {
    this.part = part;
    const { fields } = this;
    const root = (part.options?.host as { renderRoot?: EventTarget } | undefined)?.renderRoot;
    // A field unchanged returns at once: the store tells each field what changed.
    nodes.forEach((node, i) => {
      (fields[i] ??= new LeafField(this, root)).set(node, store, adminUnits);
    });
    for (const field of fields.splice(nodes.length)) {
      field.unsubscribe();
      this.show(field, undefined);
    }
    return noChange;
  }

  /** Shows `node` as `field`'s: after the nodes of the fields before it, before those after it. */
  show(field: LeafField, node: Node | undefined): void {
    const shown = field.shown;
    field.shown = node;
    if (shown === node) return;
    // The part's own parent, also while its template is still a fragment (the first render).
    const parent = (this.part.startNode as Node).parentNode as Node;
    // A widget moved into its help box is no longer the parent's child (and stays in the box).
    if (shown?.parentNode === parent) parent.removeChild(shown);
    if (node === undefined) return;
    const { fields } = this;
    let next = this.part.endNode;
    // From the end: on the first render, the field is the last one yet.
    for (let i = fields.length; fields[--i] !== field && i > 0;)
      next = (fields[i] as LeafField).shown ?? next;
    parent.insertBefore(node, next);
  }

  protected override disconnected(): void {
    for (const field of this.fields) field.unsubscribe();
  }

  protected override reconnected(): void {
    for (const field of this.fields) field.subscribe();
  }
}

/** The fields `nodes` of `store`, each kept and shown on its own. */
export const groupFields = directive(GroupFieldsDirective);
