import { css, type CSSResult } from 'lit';

/** The calendar dialog: in the flow under the input, so it fits 320 px screens and 200% zoom. */
export const dateFieldStyles: CSSResult = css`
  .control-button svg {
    display: block;
    margin: auto;
  }
  .calendar {
    box-sizing: border-box;
    max-inline-size: 22rem;
    padding: var(--dvc-space-3, 0.75rem);
    background: var(--dvc-color-surface, #fff);
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #767676);
    border-radius: var(--dvc-radius, 0.25rem);
    box-shadow: var(--dvc-shadow, 0 4px 12px rgb(0 0 0 / 0.15));
  }
  .calendar-header {
    display: flex;
    align-items: center;
    gap: var(--dvc-space-1, 0.25rem);
  }
  .calendar-title {
    flex: 1;
    text-align: center;
    font-weight: 700;
  }
  .nav {
    min-inline-size: 2.25rem;
    min-block-size: 2.25rem;
    font: inherit;
    font-size: 1.25rem;
    color: var(--dvc-color-primary, #b4161b);
    background: transparent;
    border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #767676);
    border-radius: var(--dvc-radius, 0.25rem);
    cursor: pointer;
  }
  .grid {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block: var(--dvc-space-2, 0.5rem);
  }
  th {
    font-size: var(--dvc-font-size-small, 0.875rem);
    font-weight: 600;
    color: var(--dvc-color-text-muted, #505050);
  }
  .day {
    block-size: 2.25rem;
    text-align: center;
    border-radius: var(--dvc-radius, 0.25rem);
    cursor: pointer;
  }
  .day.today {
    text-decoration: underline;
    font-weight: 700;
  }
  .day.selected {
    color: var(--dvc-color-on-primary, #fff);
    background: var(--dvc-color-primary, #b4161b);
  }
  .nav:focus-visible,
  .day:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #1a4fa0);
    outline-offset: 1px;
  }
  .calendar-footer {
    display: flex;
    justify-content: flex-end;
  }
  .control-button.secondary {
    color: var(--dvc-color-primary, #b4161b);
    background: var(--dvc-color-surface, #fff);
  }
`;
