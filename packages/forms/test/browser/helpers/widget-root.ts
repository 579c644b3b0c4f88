/**
 * Reaching a widget's inner elements in both of its forms: alone on a page it has its shadow root; a
 * widget `<dvc-form>` created renders in the form's root, inside the widget element itself
 * (docs/decisions/0019-widgets-in-the-form.md, "Light DOM").
 */
import { FormAssociatedElement } from '../../../src/form-control/form-associated.js';

/** Where the widget's inner elements are: its shadow root, else the widget itself. */
export function widgetRoot(widget: Element): ParentNode {
  return widget.shadowRoot ?? widget;
}

/**
 * The widget holding focus in `root`: the focused element itself when focus is in its shadow root,
 * else the widget around the focused control (a widget rendered in the form's root).
 */
export function focusedWidget(root: DocumentOrShadowRoot): Element | null {
  const active = root.activeElement;
  if (active?.shadowRoot) return active;
  for (let at = active; at !== null; at = at.parentElement)
    if (at instanceof FormAssociatedElement) return at;
  return null;
}
