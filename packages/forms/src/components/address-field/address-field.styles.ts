import { css, type CSSResult } from 'lit';

/** The address fieldset: its parts one under another, the notices above them. */
export const addressFieldStyles: CSSResult = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  fieldset {
    display: grid;
    gap: var(--dvc-space-3, 0.75rem);
    margin: 0;
    padding: var(--dvc-space-3, 0.75rem);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #767676);
    border-radius: var(--dvc-radius, 0.25rem);
    min-inline-size: 0;
  }
  legend {
    padding: 0 var(--dvc-space-1, 0.25rem);
    font-weight: 700;
  }
  p {
    margin: 0;
  }
  .error {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 700;
  }
  .notice,
  .legacy {
    padding: var(--dvc-space-2, 0.5rem) var(--dvc-space-3, 0.75rem);
    border-inline-start: 4px solid var(--dvc-color-primary, #1a4fa0);
    background: var(--dvc-color-surface-muted, #f6f1f1);
  }
  .legacy {
    border-color: var(--dvc-color-error, #b3261e);
  }
  .legacy ul {
    margin: var(--dvc-space-2, 0.5rem) 0 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: var(--dvc-space-1, 0.25rem);
  }
  .legacy button {
    font: inherit;
    padding: var(--dvc-space-1, 0.25rem) var(--dvc-space-2, 0.5rem);
    cursor: pointer;
  }
  button:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #1a4fa0);
  }
`;
