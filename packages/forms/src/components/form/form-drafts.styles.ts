import { css } from 'lit';

/** Styles of the draft notice, the submit problem and the confirmation panel of `<dvc-form>`. */
export const draftStyles = css`
  .draft-notice,
  .submit-problem {
    display: flex;
    flex-direction: column;
    gap: var(--dvc-space-2, 0.5rem);
    max-width: var(--dvc-form-max-width, 48rem);
    margin-block-end: var(--dvc-space-4, 1rem);
    padding: var(--dvc-space-3, 0.75rem) var(--dvc-space-4, 1rem);
    border-inline-start: 5px solid var(--dvc-color-primary, #0b5cad);
    background: var(--dvc-color-surface-muted, #f3f6fa);
  }
  .submit-problem {
    border: var(--dvc-border-width-error, 2px) solid var(--dvc-color-error, #b3261e);
  }
  .draft-notice p,
  .draft-dropped {
    margin: 0;
  }
  .draft-title {
    margin: 0;
    font-size: calc(var(--dvc-font-size, 1rem) * 1.15);
  }
  .draft-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--dvc-space-3, 0.75rem);
  }
  .draft-notice:focus-visible,
  .submit-problem:focus-visible,
  .confirmation:focus-visible {
    outline: var(--dvc-focus-ring, 3px solid #ffbf47);
    outline-offset: var(--dvc-focus-offset, 2px);
  }
  .confirmation {
    max-width: var(--dvc-form-max-width, 48rem);
    padding: var(--dvc-space-5, 1.75rem);
    background: var(--dvc-color-success, #00703c);
    color: var(--dvc-color-on-success, #fff);
    text-align: center;
  }
  .confirmation-title {
    margin: 0 0 var(--dvc-space-3, 0.75rem);
    font-size: calc(var(--dvc-font-size, 1rem) * 1.75);
  }
  .confirmation p {
    margin: 0 0 var(--dvc-space-2, 0.5rem);
  }
  .dossier-code {
    font-size: calc(var(--dvc-font-size, 1rem) * 1.5);
    overflow-wrap: anywhere;
  }
`;
