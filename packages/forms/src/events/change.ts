/** The detail of `dvc-change`. */
export interface DvcChangeDetail {
  /** JSON Pointer of the field that changed, e.g. `/applicant/phone`. */
  path: string;
  /** Its new value (`undefined` when it was emptied). */
  value: unknown;
  /** All the data of the form, hidden fields included (a copy). */
  data: Record<string, unknown>;
}

/** Fired by `<dvc-form>` when the citizen changes a field. Bubbles, composed. */
export class DvcChangeEvent extends CustomEvent<DvcChangeDetail> {
  constructor(detail: DvcChangeDetail) {
    super('dvc-change', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-change': DvcChangeEvent;
  }
}
