/** The detail of `dvc-draft-discard`. */
export interface DvcDraftDiscardDetail {
  /** `start-again`: the citizen chose to start again; `discard`: the draft was deleted (`discardDraft()`). */
  reason: 'start-again' | 'discard';
}

/** Fired by `<dvc-form>` when a saved draft is deleted without being submitted. Bubbles, composed. */
export class DvcDraftDiscardEvent extends CustomEvent<DvcDraftDiscardDetail> {
  constructor(detail: DvcDraftDiscardDetail) {
    super('dvc-draft-discard', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-draft-discard': DvcDraftDiscardEvent;
  }
}
