/**
 * A widget class's styles for a root it renders in without a shadow root of its own (inside
 * `<dvc-form>`, docs/decisions/0019-widgets-in-the-form.md, "Light DOM"): `:host` becomes the tag,
 * `:host(x)` the tag that is `x`, every other selector is scoped under the tag. Built once per class
 * and adopted once per root.
 */
import type { CSSResultOrNative } from 'lit';

const sheets = new WeakMap<object, CSSStyleSheet>();

/** A `:host` or `:host(x)` at the start of a selector (`x` without nested parentheses). */
const HOST = /^:host(?:\(([^()]*(?:\([^()]*\)[^()]*)*)\))?/;

function scopeOne(selector: string, tag: string): string {
  const host = HOST.exec(selector);
  if (host === null) return `${tag} ${selector}`;
  return (host[1] === undefined ? tag : `${tag}:is(${host[1]})`) + selector.slice(host[0].length);
}

/** `selectors` (a selector list of a shadow root's sheet) for the tag's elements in their parent's root. */
export function scopeSelector(selectors: string, tag: string): string {
  // The commas between selectors, not those inside `:is(a, b)` (one level of parentheses, as the
  // browser writes `selectorText`). `:host-context()` and `::slotted()` are not used by the widgets.
  return selectors
    .split(/,(?![^()]*\))/)
    .map((selector) => scopeOne(selector.trim(), tag))
    .join(', ');
}

function scopeRules(rules: CSSRuleList, tag: string): void {
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) rule.selectorText = scopeSelector(rule.selectorText, tag);
    else if (rule instanceof CSSGroupingRule) scopeRules(rule.cssRules, tag);
  }
}

function cssTextOf(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet
    ? Array.from(style.cssRules, (rule) => rule.cssText).join('\n')
    : style.cssText;
}

/** The class's `styles` scoped under `tag` (built once per class). */
export function scopedStyles(
  element: object,
  tag: string,
  styles: readonly CSSResultOrNative[],
): CSSStyleSheet {
  let sheet = sheets.get(element);
  if (sheet === undefined) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles.map(cssTextOf).join('\n'));
    scopeRules(sheet.cssRules, tag);
    sheets.set(element, sheet);
  }
  return sheet;
}

/**
 * The root whose sheets were looked at in this microtask, with the sheets found or put there: a group
 * connects its widgets in one microtask, and reading `adoptedStyleSheets` (a proxy) per widget cost
 * ~3 ms per 1,000. Forgotten at the next microtask, so a page's own change of the list counts.
 */
let seen: Set<object> | undefined;

/** Adopts `sheet` in `root` (a shadow root or the document) unless it already has it. */
export function adoptOnce(root: Node, sheet: CSSStyleSheet): void {
  if (!(root instanceof ShadowRoot || root instanceof Document)) return;
  if (seen?.has(root) !== true) {
    seen = new Set([root]);
    queueMicrotask(() => (seen = undefined));
  } else if (seen.has(sheet)) return;
  seen.add(sheet);
  if (root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
