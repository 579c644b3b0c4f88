/**
 * The design tokens: CSS custom properties every widget reads (with a built-in fallback), defined by
 * the theme files in `themes/` (`default.css`, `dark.css`, `high-contrast.css`).
 */

/** Every token, with what it styles. */
export const DVC_TOKENS: Readonly<Record<`--dvc-${string}`, string>> = {
  '--dvc-color-primary': 'Accent: buttons, checked marks, selected days, the decoded panel edge.',
  '--dvc-color-primary-dark': 'A darker accent for hover and headings.',
  '--dvc-color-on-primary': 'Text on the accent colour.',
  '--dvc-color-text': 'Body text and typed values.',
  '--dvc-color-text-muted': 'Hints, weekday names, decoded labels.',
  '--dvc-color-surface': 'Background of inputs, lists and the calendar.',
  '--dvc-color-surface-muted': 'Background of panels and the active list option.',
  '--dvc-color-border': 'Borders of inputs (at least 3:1 against the surface).',
  '--dvc-color-error': 'Error messages, icons, borders and the required marker.',
  '--dvc-color-on-error': 'The error icon’s mark.',
  '--dvc-color-success': 'Confirmations.',
  '--dvc-color-disabled': 'Background of disabled inputs.',
  '--dvc-color-readonly': 'Background of read-only inputs.',
  '--dvc-color-focus': 'Colour of the focus outline.',
  '--dvc-focus-ring': 'The focus outline (width, style, colour).',
  '--dvc-focus-offset': 'Gap between a control and its focus outline.',
  '--dvc-space-1': 'Spacing scale, smallest step (0.25rem).',
  '--dvc-space-2': 'Spacing scale (0.5rem).',
  '--dvc-space-3': 'Spacing scale (0.75rem).',
  '--dvc-space-4': 'Spacing scale (1rem), also the gap between fields.',
  '--dvc-space-5': 'Spacing scale (1.5rem).',
  '--dvc-space-6': 'Spacing scale, largest step (2rem).',
  '--dvc-radius': 'Corner radius.',
  '--dvc-border-width': 'Width of input borders.',
  '--dvc-border-width-error': 'Width of the border of an input with an error.',
  '--dvc-shadow': 'Shadow of pop-ups (the list, the calendar).',
  '--dvc-font-family': 'Typeface (system fonts unless be-vietnam-pro.css is linked).',
  '--dvc-font-size': 'Base font size.',
  '--dvc-font-size-small': 'Size of hints and secondary text.',
  '--dvc-line-height': 'Line height.',
  '--dvc-font-weight-label': 'Weight of labels.',
};

/** The name of a design token. */
export type DvcToken = keyof typeof DVC_TOKENS;
