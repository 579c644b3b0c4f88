/**
 * The events of the widgets rendered in `<dvc-form>`'s root (no shadow root of their own,
 * docs/decisions/0019-widgets-in-the-form.md, "Session 11"): one capturing listener per root for
 * each event type, instead of two listeners on each widget and two or three on each of its controls.
 * The listener hands an event to the widget it belongs to (its `handleEvent`), before any listener
 * below the root and before the form's own (which bubbles to the same root and reads the widget's
 * new value).
 */

/** The widgets heard through their root, the roots that listen, and each bound control's widget and events. */
const heard = new WeakSet<object>();
const roots = new WeakSet<Node>();
const controls = new WeakMap<EventTarget, [EventListenerObject, readonly string[]]>();

const listener: EventListenerObject = {
  handleEvent(event: Event): void {
    const root = event.currentTarget;
    const type = event.type;
    // Up to the root, the nodes of the event's path are nodes; one in a nested root is that root's.
    for (const node of event.composedPath() as Node[]) {
      if (node === root) return;
      if (node.getRootNode() !== root) continue;
      if (type === 'focusout' || type === 'invalid') {
        // `focusout` reaches every widget the focus leaves; `invalid` is fired at the widget itself.
        if (heard.has(node)) (node as unknown as EventListenerObject).handleEvent(event);
        if (type === 'invalid') return;
      } else {
        // `input`, `change` and `click` of a bound control (the event's target).
        const control = controls.get(node);
        if (control?.[1].includes(type) === true) control[0].handleEvent(event);
        return;
      }
    }
  },
};

/** `widget` (connected, in `root`) is heard through `root`'s listeners from now on. */
export function hearInRoot(widget: EventListenerObject, root: Node): void {
  heard.add(widget);
  if (roots.has(root)) return;
  roots.add(root);
  for (const type of ['focusout', 'invalid', 'input', 'change', 'click'])
    root.addEventListener(type, listener, true);
}

/**
 * Hands `events` of `control` to `widget`: through the root's listener when the widget is heard
 * there, else as the control's listener (the widget's `handleEvent`: no closure per widget).
 */
export function listen(control: Element, widget: EventListenerObject, events: readonly string[]): void {
  if (heard.has(widget)) controls.set(control, [widget, events]);
  else for (const type of events) control.addEventListener(type, widget);
}
