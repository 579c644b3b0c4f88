/**
 * The widgets' `input`, `change` and `focusout` events, heard once per render root rather than
 * three listeners per widget: a render root (the form's shadow root, a group's) gets one shared
 * listener for each, which hands an event to the leaf field whose widget it came from
 * (docs/decisions/0018-first-render.md).
 */
import { sameJson } from './form-json.js';
import { whenPointerReleased } from './controls/pointer-release.js';
import { fromWidgetValue } from './form-widget-tag.js';
import { addressPointers } from './form-address.js';
import type { LeafHost } from './form-leaf-host.js';

type WidgetElement = HTMLElement & Record<string, unknown>;

const EVENTS = ['input', 'change', 'focusout'] as const;

/** The leaf field of each widget heard, and the roots that already have the shared listener. */
const leaves = new WeakMap<EventTarget, LeafHost>();
const roots = new WeakSet<EventTarget>();

/** What the `input`, `change` and `focusout` events of `from`, the field's widget, do to the store. */
function widgetEvent(host: LeafHost, event: Event, from: EventTarget | null): void {
  const widget = host.widget as WidgetElement | undefined;
  if (widget === undefined || from !== widget) return;
  const { node, store } = host;
  if (event.type !== 'focusout') {
    const value = fromWidgetValue(node, widget['value']);
    if (sameJson(value, store.value(node.pointer))) return;
    store.set(node.pointer, value);
    store.emitChange(node.pointer);
    return;
  }
  const next = (event as FocusEvent).relatedTarget;
  if (next instanceof Node && (next === widget || widget.contains(next) || widget.shadowRoot?.contains(next)))
    return;
  whenPointerReleased(() => {
    if (host.node.widget === 'address') for (const part of addressPointers(host.node)) host.store.touch(part);
    host.store.touch(host.node.pointer);
    // The widget checked itself on the same blur; the form's message (from the whole schema) wins.
    widget['error'] = host.store.error(host.node.pointer);
  });
}

const shared: EventListenerObject = {
  handleEvent(event: Event): void {
    // The nearest widget on the event's way up to this root: a widget inside another root (a
    // group's) is that root's to hand on (its composed events pass here too).
    for (const target of event.composedPath()) {
      const host = leaves.get(target);
      if (host !== undefined) {
        if ((host.eventRoot ?? target) === event.currentTarget) widgetEvent(host, event, target);
        return;
      }
      if (target === event.currentTarget) return;
    }
  },
};

/**
 * Hands `widget`'s events to `host` (its leaf field) through the shared listener of `host.eventRoot`,
 * the render root the field is rendered into (the widget itself when it has none).
 */
export function hearWidget(host: LeafHost, widget: HTMLElement): void {
  const root = host.eventRoot ?? widget;
  if (!roots.has(root)) {
    roots.add(root);
    for (const type of EVENTS) root.addEventListener(type, shared);
  }
  leaves.set(widget, host);
}
