/** The detail of `dvc-step`. */
export interface DvcStepDetail {
  /** The id of the step now shown (`layout.steps[].id`), or `review` for "check your answers". */
  step: string;
  /** Its position, from 0; the review's is the number of steps. */
  index: number;
  /** How many steps the form has (the review not counted). */
  count: number;
  /** The step shown before the move. */
  previous: string;
}

/**
 * Fired by a stepped `<dvc-form>` after the citizen moved to another step (Continue, Back, a
 * Change link, a link of the error summary), not when the page sets `step`. A page keeps the step
 * in its URL with `history.pushState` and sets `step` back on `popstate`. Bubbles, composed.
 */
export class DvcStepEvent extends CustomEvent<DvcStepDetail> {
  constructor(detail: DvcStepDetail) {
    super('dvc-step', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-step': DvcStepEvent;
  }
}
