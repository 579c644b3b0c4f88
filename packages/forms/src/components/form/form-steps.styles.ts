import { css } from 'lit';

/**
 * Styles of a stepped `<dvc-form>`: progress, step heading, buttons, sections, and the review. The
 * progress list draws no markers: each item holds its number (list markers outside the items would
 * sit against the step before). A lone group's legend, which repeats the step heading, is only read
 * out, like `.visually-hidden`. Comments stay out of the CSS: it ships as written.
 */
export const formStepsStyles = css`
  .visually-hidden,
  .step.lone .section > dvc-form-field > fieldset > .legend {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .caption {
    margin: 0;
    color: var(--dvc-color-text-muted, #46464f);
  }
  .step-title:focus {
    outline: none;
  }
  .step-title:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
    outline-offset: var(--dvc-focus-offset, 2px);
  }
  .progress-count {
    margin: 0;
    font-weight: var(--dvc-font-weight-label, 600);
  }
  .progress-steps {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dvc-space-1, 0.25rem) var(--dvc-space-4, 1rem);
    margin: var(--dvc-space-1, 0.25rem) 0 0;
    padding: 0;
    list-style: none;
    color: var(--dvc-color-text-muted, #46464f);
    font-size: var(--dvc-font-size-small, 0.875rem);
  }
  .progress-steps .current {
    color: var(--dvc-color-text, #1b1b1f);
    font-weight: var(--dvc-font-weight-label, 600);
  }
  fieldset.section {
    margin: 0;
    padding: 0;
    border: 0;
  }
  fieldset.section > .section-title {
    padding: 0;
    margin-block-end: var(--dvc-space-3, 0.75rem);
    font-weight: var(--dvc-font-weight-label, 600);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dvc-space-3, 0.75rem);
  }
  .review-step {
    margin: var(--dvc-space-3, 0.75rem) 0 0;
    font-size: calc(var(--dvc-font-size, 1rem) * 1.1);
  }
  .summary-list {
    margin: 0;
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr) auto;
    gap: var(--dvc-space-1, 0.25rem) var(--dvc-space-3, 0.75rem);
    padding-block: var(--dvc-space-2, 0.5rem);
    border-bottom: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7079);
  }
  .summary-key {
    font-weight: var(--dvc-font-weight-label, 600);
  }
  .summary-value,
  .summary-actions {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .summary-row a,
  .summary-actions a {
    color: var(--dvc-color-link, #0b5cad);
  }
  .summary-row a:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
  }
  @media (max-width: 40rem) {
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .fees {
    border-collapse: collapse;
    width: 100%;
  }
  .fees th,
  .fees td {
    text-align: start;
    padding: var(--dvc-space-2, 0.5rem) var(--dvc-space-2, 0.5rem) var(--dvc-space-2, 0.5rem) 0;
    border-bottom: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7079);
    vertical-align: top;
  }
  .fees td {
    text-align: end;
  }
  .fees tfoot th,
  .fees tfoot td {
    font-weight: 700;
  }
`;
