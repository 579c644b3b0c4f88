/**
 * The drafts and the filing through a client, as one chunk the form loads on demand (only when
 * `drafts` is not `off`, a `client` is set, or a draft is discarded): most pages need neither at
 * first paint (docs/decisions/0015-forms-on-demand-chunks.md).
 */
export { FormDrafts } from './form-drafts.js';
export { FormSubmission } from './form-submission.js';
