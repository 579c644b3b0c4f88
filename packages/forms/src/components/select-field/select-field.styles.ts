import { css, type CSSResult } from 'lit';

/** The native select's arrow room, and the combobox's list (which overflows the box: no containment, it would clip it). */
export const selectFieldStyles: CSSResult = css`
  :host {
    content-visibility: visible;
  }
  select.input {
    cursor: pointer;
  }
  .combobox {
    position: relative;
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .listbox {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: 100%;
    max-block-size: 16rem;
    overflow-y: auto;
    margin: var(--dvc-space-1, 0.25rem) 0 0;
    padding: var(--dvc-space-1, 0.25rem) 0;
    list-style: none;
    background: var(--dvc-color-surface, #fff);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #767676);
    border-radius: var(--dvc-radius, 0.25rem);
    box-shadow: var(--dvc-shadow, 0 4px 12px rgb(0 0 0 / 0.15));
  }
  .listbox[hidden] {
    display: none;
  }
  .option {
    padding: var(--dvc-space-2, 0.5rem) var(--dvc-space-3, 0.75rem);
    cursor: pointer;
  }
  .option.active {
    outline: var(--dvc-focus-ring, 3px solid #1a4fa0);
    outline-offset: -3px;
    background: var(--dvc-color-surface-muted, #f6f1f1);
  }
  .option[aria-selected='true'] {
    font-weight: 700;
  }
  .option[aria-selected='true']::before {
    content: '✓ ';
  }
  .more,
  .no-options {
    margin-block-start: var(--dvc-space-1, 0.25rem);
    color: var(--dvc-color-text-muted, #505050);
    cursor: default;
  }
`;
