/**
 * The ids of a widget rendered in `<dvc-form>`'s root (docs/decisions/0019-widgets-in-the-form.md,
 * "Light DOM"): its templates keep static ids (`id="hint"`, `for="control"`), which cost no Lit part,
 * and each render is followed by this pass, which prefixes the ones not prefixed yet. The DOM is the
 * record: nothing kept per widget.
 */
export function prefixIds(element: Element, prefix: string): void {
  for (const inner of element.querySelectorAll('[id], label[for]')) {
    if (inner.id !== '' && !inner.id.startsWith(prefix)) inner.id = prefix + inner.id;
    const target = inner.getAttribute('for');
    if (target !== null && !target.startsWith(prefix)) inner.setAttribute('for', prefix + target);
  }
}
