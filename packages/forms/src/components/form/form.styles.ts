import { css } from 'lit';

/**
 * Styles of `<dvc-form>` and the sections, groups and lists it renders (light DOM of its shadow root).
 * `.field`: a field with help, its widget and the help right under it in one box of the group's
 * layout (the box keeps the space after a field, the widget gives it up).
 */
export const formStyles = css`
  :host {
    display: block;
    font-family: var(--dvc-font-family, system-ui, sans-serif);
    font-size: var(--dvc-font-size, 1rem);
    line-height: var(--dvc-line-height, 1.5);
    color: var(--dvc-color-text, #1b1b1f);
  }
  [hidden] {
    display: none !important;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-4, 1rem);
    max-width: var(--dvc-form-max-width, 48rem);
  }
  .title,
  .step-title,
  .section-title {
    margin: 0;
    line-height: 1.25;
  }
  .title {
    font-size: calc(var(--dvc-font-size, 1rem) * 1.5);
  }
  .step-title {
    font-size: calc(var(--dvc-font-size, 1rem) * 1.3);
  }
  .section-title {
    font-size: calc(var(--dvc-font-size, 1rem) * 1.1);
  }
  .step,
  .section,
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-3, 0.75rem);
    min-width: 0;
  }
  dvc-form-field,
  dvc-form-section {
    display: block;
  }
  .field {
    display: grid;
    gap: var(--dvc-space-1, 0.25rem);
    margin-block-end: var(--dvc-space-4, 1rem);
  }
  .field > * {
    margin: 0;
  }
  .group {
    margin: 0;
    padding: var(--dvc-space-3, 0.75rem);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7079);
    border-radius: var(--dvc-radius, 4px);
  }
  .legend {
    font-weight: var(--dvc-font-weight-label, 600);
    padding-inline: var(--dvc-space-1, 0.25rem);
  }
  .help,
  .description {
    margin: 0;
    color: var(--dvc-color-text-muted, #46464f);
    font-size: var(--dvc-font-size-small, 0.875rem);
  }
  .error {
    margin: 0;
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  .repeatable-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-3, 0.75rem);
  }
  .button {
    align-self: flex-start;
    font: inherit;
    min-height: 44px;
    padding: var(--dvc-space-2, 0.5rem) var(--dvc-space-4, 1rem);
    border-radius: var(--dvc-radius, 4px);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-primary, #0b5cad);
    background: var(--dvc-color-primary, #0b5cad);
    color: var(--dvc-color-on-primary, #fff);
    cursor: pointer;
  }
  .button.secondary {
    background: var(--dvc-color-surface, #fff);
    color: var(--dvc-color-primary, #0b5cad);
  }
  .button:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
    outline-offset: var(--dvc-focus-offset, 2px);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  .failure {
    border: var(--dvc-border-width-error, 2px) solid var(--dvc-color-error, #b3261e);
    padding: var(--dvc-space-3, 0.75rem);
  }
`;
