import { css } from 'lit';

/** Styles of `<dvc-error-summary>`: a bordered box in the error colour, never colour alone (a title says it). */
export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  .summary {
    border: var(--dvc-error-summary-border-width, 4px) solid var(--dvc-color-error, #b3261e);
    padding: var(--dvc-space-4, 1rem);
    margin-block-end: var(--dvc-space-4, 1rem);
    background: var(--dvc-color-surface, #fff);
    color: var(--dvc-color-text, #1b1b1f);
  }
  .summary:focus {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
    outline-offset: 2px;
  }
  .title {
    margin: 0 0 var(--dvc-space-3, 0.75rem);
    font-size: calc(var(--dvc-font-size, 1rem) * 1.25);
  }
  .list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  a {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  a:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
  }
`;
