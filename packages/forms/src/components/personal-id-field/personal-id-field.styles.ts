import { css, type CSSResult } from 'lit';

/** The decoded facts under a personal identification number. */
export const personalIdFieldStyles: CSSResult = css`
  .decoded {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dvc-space-1, 0.25rem) var(--dvc-space-4, 1rem);
    margin: 0;
    padding: var(--dvc-space-2, 0.5rem) var(--dvc-space-3, 0.75rem);
    background: var(--dvc-color-surface-muted, #f6f1f1);
    border-inline-start: 4px solid var(--dvc-color-primary, #b4161b);
    font-size: var(--dvc-font-size-small, 0.875rem);
  }
  .decoded div {
    display: flex;
    gap: var(--dvc-space-1, 0.25rem);
  }
  .decoded dt {
    color: var(--dvc-color-text-muted, #505050);
  }
  .decoded dt::after {
    content: ':';
  }
  .decoded dd {
    margin: 0;
    font-weight: 600;
  }
`;
