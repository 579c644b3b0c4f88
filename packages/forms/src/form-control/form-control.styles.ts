import { css, type CSSResult } from 'lit';

/** Layout and look shared by every widget; colours and sizes come from the `--dvc-*` tokens. */
export const formControlStyles: CSSResult = css`
  :host {
    display: block;
    font-family: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--dvc-font-size, 1rem);
    line-height: var(--dvc-line-height, 1.5);
    color: var(--dvc-color-text, #1f1f1f);
    margin-block-end: var(--dvc-space-4, 1rem);
    min-inline-size: 0;
  }
  :host([hidden]) {
    display: none;
  }
  .form-control {
    display: grid;
    gap: var(--dvc-space-1, 0.25rem);
    min-inline-size: 0;
  }
  .label {
    font-weight: var(--dvc-font-weight-label, 600);
  }
  .required-marker {
    color: var(--dvc-color-error, #b3261e);
  }
  .hint {
    color: var(--dvc-color-text-muted, #505050);
    font-size: var(--dvc-font-size-small, 0.875rem);
  }
  .control-row {
    display: flex;
    gap: var(--dvc-space-2, 0.5rem);
    align-items: stretch;
    min-inline-size: 0;
  }
  .input {
    box-sizing: border-box;
    flex: 1 1 auto;
    min-inline-size: 0;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: var(--dvc-space-2, 0.5rem) var(--dvc-space-3, 0.75rem);
    font: inherit;
    color: var(--dvc-color-text, #1f1f1f);
    background: var(--dvc-color-surface, #fff);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #767676);
    border-radius: var(--dvc-radius, 0.25rem);
  }
  .input:focus-visible,
  .control-button:focus-visible,
  .choice input:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #1a4fa0);
    outline-offset: var(--dvc-focus-offset, 2px);
  }
  .input:disabled,
  .control-button:disabled {
    background: var(--dvc-color-disabled, #ececec);
    color: var(--dvc-color-text-muted, #505050);
    cursor: not-allowed;
  }
  .input:read-only:not(select) {
    background: var(--dvc-color-readonly, #f5f5f5);
  }
  .invalid .input {
    border-color: var(--dvc-color-error, #b3261e);
    border-width: var(--dvc-border-width-error, 2px);
  }
  .control-button {
    flex: none;
    min-inline-size: 2.75rem;
    min-block-size: 2.75rem;
    padding: 0 var(--dvc-space-3, 0.75rem);
    font: inherit;
    color: var(--dvc-color-on-primary, #fff);
    background: var(--dvc-color-primary, #b4161b);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-primary, #b4161b);
    border-radius: var(--dvc-radius, 0.25rem);
    cursor: pointer;
  }
  .choices {
    display: grid;
    gap: var(--dvc-space-2, 0.5rem);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--dvc-space-2, 0.5rem);
  }
  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--dvc-color-primary, #b4161b);
  }
  .choice label {
    font-weight: normal;
  }
  .invalid .choice input {
    outline: 2px solid var(--dvc-color-error, #b3261e);
    outline-offset: 1px;
  }
  .control-error {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  /* No message (the region is empty: internal/controls/control-frame.ts): nothing shown, no gap. */
  .control-error:empty {
    display: none;
  }
  .error-icon {
    display: inline-grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-inline-end: var(--dvc-space-1, 0.25rem);
    border-radius: 50%;
    color: var(--dvc-color-on-error, #fff);
    background: var(--dvc-color-error, #b3261e);
    font-size: 0.875em;
  }
  .control-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .input:focus-visible,
    .control-button:focus-visible,
    .choice input:focus-visible {
      outline-color: Highlight;
    }
    .error-icon {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
    }
  }
`;
