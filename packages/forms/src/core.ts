/**
 * What every page of @dvc-kit/forms loads up front: `<dvc-form>`, the widgets a first render needs,
 * the events and types. With the widgets below it, the whole public surface (`index.ts`); alone, the
 * entry of the single-file build (`dist/cdn/dvc-forms.js`), where `<dvc-form>` loads the others on
 * demand (docs/decisions/0015-forms-on-demand-chunks.md). `src/internal/` is private.
 */
export const FORMS_VERSION = '0.0.0';

// Widgets: one form-associated base class, one element per widget (importing registers it).
export { DvcFormControl } from './form-control/form-control.js';
export { TextInputControl } from './form-control/text-input-control.js';
export type { FieldSchema } from './internal/controls/field-validation.js';
export { DvcTextField } from './components/text-field/text-field.js';
export { NumericControl } from './form-control/numeric-control.js';
export { ChoiceControl, type ControlOption } from './form-control/choice-control.js';
export { DvcTextareaField } from './components/textarea-field/textarea-field.js';
export { DvcNumberField } from './components/number-field/number-field.js';
export { DvcRadioField } from './components/radio-field/radio-field.js';
export { DvcCheckboxField } from './components/checkbox-field/checkbox-field.js';
export { DvcPersonalIdField } from './components/personal-id-field/personal-id-field.js';
export { DvcPhoneField } from './components/phone-field/phone-field.js';
export { DvcEmailField } from './components/email-field/email-field.js';

// The form: <dvc-form> renders a procedure definition (or a plain JSON Schema) with the widgets above.
export { DvcForm, type FormIssue } from './components/form/form.js';
export { DvcFormField } from './components/form/form-field.js';
export type { FormFieldHandle } from './components/form/form-field-handle.js';
export { DvcFormSection } from './components/form/form-section.js';
export type { AdminUnitsProvider, AdminUnitOption, AdminUnitList } from './components/form/admin-units.js';
// Documents: the types the form's `upload`, `electronicCopies` and `documents` use; the element
// `<dvc-documents>` itself is in `@dvc-kit/forms/documents`, so this entry does not carry it.
export type {
  DocumentUploader,
  DocumentUploadRequest,
  DocumentUploadProgress,
  UploadedDocumentFile,
  ElectronicCopy,
  DocumentReference,
} from './components/documents/upload.js';
export { DvcErrorSummary, type ErrorSummaryItem } from './components/error-summary/error-summary.js';
export { DvcChangeEvent, type DvcChangeDetail } from './events/change.js';
export { DvcSubmitEvent, type DvcSubmitDetail } from './events/submit.js';
export { DvcInvalidEvent, type DvcInvalidDetail } from './events/invalid.js';
export { DvcStepEvent, type DvcStepDetail } from './events/step.js';
// Drafts and filing through a client (docs/forms.md, "Drafts" and "Submitting").
export type {
  DossierSubmitter,
  DossierCreateRequest,
  DossierSubmitRequest,
  DossierCallOptions,
  DossierDocumentRef,
  SubmittedDossier,
} from './components/form/dossier-submitter.js';
export type { DraftMode } from './internal/draft-storage.js';
export { DvcSubmittedEvent, type DvcSubmittedDetail } from './events/submitted.js';
export { DvcSubmitErrorEvent, type DvcSubmitErrorDetail } from './events/submit-error.js';
export { DvcDraftRestoreEvent, type DvcDraftRestoreDetail } from './events/draft-restore.js';
export { DvcDraftDiscardEvent, type DvcDraftDiscardDetail } from './events/draft-discard.js';
export type { AddressValue, AddressRole } from './components/address-field/address-value.js';
export type { SharedListName } from './components/list-field/shared-lists.js';
export type { DvcToken } from './styles/tokens.js';
