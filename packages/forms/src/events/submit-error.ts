/** The detail of `dvc-submit-error`. */
export interface DvcSubmitErrorDetail {
  /** What the client threw (the sdk's `PortalError` subclasses: `ValidationError`, `ConnectionError`...). */
  error: unknown;
  /** `invalid`: the portal's issues are shown on their fields; `failed`: nothing was filed, try again. */
  kind: 'invalid' | 'failed';
}

/**
 * Fired by `<dvc-form>` when filing through its `client` failed. The draft is kept, and a retry
 * uses the same idempotency key, so it never files twice. Bubbles, composed.
 */
export class DvcSubmitErrorEvent extends CustomEvent<DvcSubmitErrorDetail> {
  constructor(detail: DvcSubmitErrorDetail) {
    super('dvc-submit-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'dvc-submit-error': DvcSubmitErrorEvent;
  }
}
