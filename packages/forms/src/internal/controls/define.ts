/** Registers a custom element once: importing a widget twice (or two copies of it) never throws. */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}
