import { css, type CSSResult } from 'lit';

/** The amount reads right-aligned, with its unit beside it. */
export const moneyFieldStyles: CSSResult = css`
  .input {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .unit {
    align-self: center;
    font-weight: 600;
  }
`;
