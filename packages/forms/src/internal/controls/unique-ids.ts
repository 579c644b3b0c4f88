/**
 * The ids of a widget rendered in `<dvc-form>`'s root (docs/decisions/0019-widgets-in-the-form.md,
 * "Light DOM"): a Lit control or details template keeps static ids (`id="unit"`, `for="control"`),
 * which cost no Lit part, and each of its renders is followed by this pass over what it rendered,
 * which prefixes the ones not prefixed yet. The frame and the controls built by hand write their ids
 * prefixed (`control-frame.ts`, "Session 12"). The DOM is the record: nothing kept per widget.
 */
export function prefixIds(element: Element, prefix: string): void {
  for (const inner of element.querySelectorAll('[id], label[for]')) {
    if (inner.id !== '' && !inner.id.startsWith(prefix)) inner.id = prefix + inner.id;
    const target = inner.getAttribute('for');
    if (target !== null && !target.startsWith(prefix)) inner.setAttribute('for', prefix + target);
  }
}
