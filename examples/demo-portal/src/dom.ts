/** The page's elements by id: a missing one is a bug in index.html, so it throws. */
export function byId(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} is missing from the page`);
  return element;
}
