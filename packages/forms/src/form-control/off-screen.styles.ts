import { css, type CSSResult } from 'lit';

/**
 * A `<dvc-form>`'s widget off screen is not styled, laid out or painted until it nears the viewport
 * (`content-visibility: auto`, docs/decisions/0023-widgets-off-screen.md). Only the widgets that
 * render in the form's root take it (placed before the class's own styles, which may override it): a
 * widget alone on a page renders as it always has. Its height is an estimate until it has been
 * rendered once (6rem: a label, a hint and an input; a taller widget states its own with
 * `estimateBlockSize()`), then its last one. Its containment clips what overflows its box beyond
 * `overflow-clip-margin` (room for the focus ring): a widget with a pop-up (the combobox's list) sets
 * `content-visibility: visible`.
 */
export const offScreenStyles: CSSResult = css`
  :host {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 6rem;
    overflow-clip-margin: 0.5rem;
  }
`;
