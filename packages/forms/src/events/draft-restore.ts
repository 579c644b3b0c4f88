/** The detail of `dvc-draft-restore`. */
export interface DvcDraftRestoreDetail {
  /** When the draft was last saved (ISO date-time). */
  savedAt: string;
  /** The definition version the draft was written for. */
  version: string;
  /**
   * The answers of a draft of another definition version that no longer fit (checked one by one
   * against the current schema) and were left out: where, and the value as it was. The form lists
   * them to the citizen too. Empty when everything came back.
   */
  dropped: { pointer: string; label: string; value: unknown }[];
}

/** Fired by `<dvc-form>` when the citizen continues a saved draft. Bubbles, composed. */
export class DvcDraftRestoreEvent extends CustomEvent<DvcDraftRestoreDetail> {
  constructor(detail: DvcDraftRestoreDetail) {
    super('dvc-draft-restore', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-draft-restore': DvcDraftRestoreEvent;
  }
}
