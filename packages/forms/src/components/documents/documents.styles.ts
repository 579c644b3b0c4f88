import { css } from 'lit';

/** Styles of `<dvc-documents>`: one bordered row per document component, messages never by colour alone. */
export const documentsStyles = css`
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
  .heading {
    margin: 0 0 var(--dvc-space-3, 0.75rem);
    font-size: calc(var(--dvc-font-size, 1rem) * 1.3);
    line-height: 1.25;
  }
  .rows,
  .files {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-3, 0.75rem);
  }
  .row {
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6b6b75);
    border-radius: var(--dvc-radius, 4px);
    padding: var(--dvc-space-3, 0.75rem);
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-2, 0.5rem);
  }
  .row.invalid {
    border: var(--dvc-border-width-error, 2px) solid var(--dvc-color-error, #b3261e);
  }
  .row:focus {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
    outline-offset: 2px;
  }
  .name {
    margin: 0;
    font-size: var(--dvc-font-size, 1rem);
    font-weight: 600;
  }
  .meta,
  .notice,
  .hint,
  .error {
    margin: 0;
  }
  .tag {
    font-weight: 600;
  }
  .error {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--dvc-space-2, 0.5rem);
  }
  .file-name {
    overflow-wrap: anywhere;
  }
  progress {
    inline-size: 10rem;
    max-inline-size: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dvc-space-2, 0.5rem);
    align-items: center;
  }
  .button,
  input[type='file']::file-selector-button {
    font: inherit;
    min-height: 44px;
    padding: var(--dvc-space-2, 0.5rem) var(--dvc-space-3, 0.75rem);
    border-radius: var(--dvc-radius, 4px);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-primary, #0b5cad);
    background: var(--dvc-color-surface, #fff);
    color: var(--dvc-color-primary, #0b5cad);
    cursor: pointer;
  }
  input[type='file'] {
    font: inherit;
    max-inline-size: 100%;
  }
  .button:focus-visible,
  input[type='file']:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
    outline-offset: var(--dvc-focus-offset, 2px);
  }
  .button:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
`;
