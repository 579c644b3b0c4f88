/**
 * `adoptOnce`: a widget's scoped sheet is adopted once per root, and the root's list (a proxy whose
 * reads cost ~3 ms per 1,000 widgets) is looked at once per microtask rather than once per widget
 * (docs/decisions/0018-first-render.md, "Sixth round").
 */
import { describe, expect, it } from 'vitest';
import { adoptOnce } from '../../src/internal/controls/scoped-styles.js';

/** A shadow root whose `adoptedStyleSheets` reads are counted. */
function countedRoot(): { root: ShadowRoot; reads: () => number } {
  const root = document.createElement('div').attachShadow({ mode: 'open' });
  const own = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'adoptedStyleSheets')!;
  let reads = 0;
  Object.defineProperty(root, 'adoptedStyleSheets', {
    get(this: ShadowRoot) {
      reads++;
      return own.get!.call(this) as CSSStyleSheet[];
    },
    set(this: ShadowRoot, sheets: CSSStyleSheet[]) {
      own.set!.call(this, sheets);
    },
  });
  return { root, reads: () => reads };
}

const next = (): Promise<void> =>
  new Promise((resolve) => {
    queueMicrotask(resolve);
  });

describe('adoptOnce', () => {
  it('reads a root’s sheets once per sheet and microtask, not once per widget', async () => {
    const { root, reads } = countedRoot();
    const [a, b] = [new CSSStyleSheet(), new CSSStyleSheet()];
    await next();
    for (let i = 0; i < 50; i++) {
      adoptOnce(root, a);
      adoptOnce(root, b);
    }
    // Each sheet: one look, and one read to append it (before: one look per call).
    expect(reads()).toBe(4);
    expect(root.adoptedStyleSheets).toEqual([a, b]);
  });

  it('adopts the sheet again in a later microtask once the page took it away', async () => {
    const { root } = countedRoot();
    const mine = new CSSStyleSheet();
    const page = new CSSStyleSheet();
    await next();
    adoptOnce(root, mine);
    adoptOnce(root, mine);
    expect(root.adoptedStyleSheets).toEqual([mine]);
    root.adoptedStyleSheets = [page];
    await next();
    adoptOnce(root, mine);
    expect(root.adoptedStyleSheets).toEqual([page, mine]);
  });
});
