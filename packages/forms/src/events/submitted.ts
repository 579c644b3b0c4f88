import type { SubmittedDossier } from '../components/form/dossier-submitter.js';

/** The detail of `dvc-submitted`. */
export interface DvcSubmittedDetail {
  /** The dossier as the portal answered it (code, appointment date...). */
  dossier: SubmittedDossier;
  /** The data that was submitted. */
  data: Record<string, unknown>;
}

/**
 * Fired by `<dvc-form>` when it filed the dossier through its `client` (the confirmation is shown
 * and the draft is deleted). Bubbles, composed.
 */
export class DvcSubmittedEvent extends CustomEvent<DvcSubmittedDetail> {
  constructor(detail: DvcSubmittedDetail) {
    super('dvc-submitted', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-submitted': DvcSubmittedEvent;
  }
}
