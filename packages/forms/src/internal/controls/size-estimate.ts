/**
 * A widget's height while it is off screen and has never been rendered (`content-visibility: auto`
 * skips it, docs/decisions/0023-widgets-off-screen.md): `rem` rem, or its last rendered height once
 * it has one. The estimate errs high: a skipped box smaller than its content would let the content
 * overlap the next widget's box in hit-testing geometry (what axe's target-size rule reads).
 */
export function estimateBlockSize(element: HTMLElement, rem: number): void {
  element.style.setProperty('contain-intrinsic-block-size', `auto ${rem}rem`);
}
