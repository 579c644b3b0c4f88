/**
 * The widgets' `input`, `change` and `focusout` events, heard once per render root rather than
 * three listeners per widget: a render root (the form's shadow root, a group's) gets one shared
 * listener for each, which hands an event to the leaf field whose widget it came from
 * (docs/decisions/0018-first-render.md).
 */
import { widgetEvent, type LeafHost } from './form-leaf.js';

const EVENTS = ['input', 'change', 'focusout'] as const;

/** The leaf field of each widget heard through a root. */
const leaves = new WeakMap<EventTarget, LeafHost>();
/** The roots that already have the shared listener, and the root each leaf is heard through. */
const roots = new WeakSet<EventTarget>();
const rootOf = new WeakMap<LeafHost, EventTarget>();

const shared: EventListenerObject = {
  handleEvent(event: Event): void {
    // The nearest widget on the event's way up: a widget inside another root (a group's) is that
    // root's to hand on (its events that are composed pass here too).
    for (const target of event.composedPath()) {
      if (target === event.currentTarget) return;
      const host = leaves.get(target);
      if (host === undefined) continue;
      if (rootOf.get(host) === event.currentTarget) widgetEvent(host, event, target);
      return;
    }
  },
};

/**
 * Hands `widget`'s events to `host` (its leaf field): through the shared listener of `root`, the
 * render root the field is rendered into, or, without one, through listeners on the widget.
 */
export function hearWidget(host: LeafHost, widget: HTMLElement, root: EventTarget | undefined): void {
  if (root === undefined) {
    for (const type of EVENTS) widget.addEventListener(type, host);
    return;
  }
  if (!roots.has(root)) {
    roots.add(root);
    for (const type of EVENTS) root.addEventListener(type, shared);
  }
  rootOf.set(host, root);
  leaves.set(widget, host);
}
