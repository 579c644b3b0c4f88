import type { DvcAddressField } from '@dvc-kit/forms';
import type { DvcCheckboxField } from '@dvc-kit/forms';
import type { DvcCheckboxGroupField } from '@dvc-kit/forms';
import type { DvcDateField } from '@dvc-kit/forms';
import type { DvcDateTimeField } from '@dvc-kit/forms';
import type { DvcDocuments, DvcDocumentsChangeDetail } from '@dvc-kit/forms/documents';
import type { DvcEmailField } from '@dvc-kit/forms';
import type { DvcErrorSummary } from '@dvc-kit/forms';
import type { DvcFormField } from '@dvc-kit/forms';
import type { DvcFormSection } from '@dvc-kit/forms';
import type {
  DvcForm,
  DvcChangeDetail,
  DvcSubmitDetail,
  DvcInvalidDetail,
  DvcStepDetail,
  DvcSubmittedDetail,
  DvcSubmitErrorDetail,
  DvcDraftRestoreDetail,
  DvcDraftDiscardDetail,
} from '@dvc-kit/forms';
import type { DvcCountryField } from '@dvc-kit/forms';
import type { DvcEthnicGroupField } from '@dvc-kit/forms';
import type { DvcMoneyField } from '@dvc-kit/forms';
import type { DvcNumberField } from '@dvc-kit/forms';
import type { DvcPersonalIdField } from '@dvc-kit/forms';
import type { DvcPhoneField } from '@dvc-kit/forms';
import type { DvcRadioField } from '@dvc-kit/forms';
import type { DvcSelectField } from '@dvc-kit/forms';
import type { DvcTaxCodeField } from '@dvc-kit/forms';
import type { DvcTextField } from '@dvc-kit/forms';
import type { DvcTextareaField } from '@dvc-kit/forms';

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = '', Suffix extends string = ''> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: 'ltr' | 'rtl';
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: 'yes' | 'no';
};

type BaseEvents = {};

export type DvcAddressFieldProps = {
  /** The legend. */
  label?: DvcAddressField['label'];
  /** Help under the legend. */
  hint?: DvcAddressField['hint'];
  /** A name, for the page's own use. */
  name?: DvcAddressField['name'];
  /**  */
  required?: DvcAddressField['required'];
  /**  */
  disabled?: DvcAddressField['disabled'];
  /**  */
  readonly?: DvcAddressField['readonly'];
  /**  */
  locale?: DvcAddressField['locale'];
  /** A message about the whole address. */
  error?: DvcAddressField['error'];
  /** The address, by role. */
  value?: DvcAddressField['value'];
  /** Messages about each part. */
  errors?: DvcAddressField['errors'];
  /** The parts' labels (defaults: "Tỉnh/thành phố", "Xã/phường/đặc khu", "Số nhà, đường, ..."). */
  labels?: DvcAddressField['labels'];
  /** Which parts are required (default: all three when `required`). */
  requiredParts?: DvcAddressField['requiredParts'];
  /** Where the units come from (the sdk's client); without it, `@dvc-kit/admin-units`. */
  adminUnits?: DvcAddressField['adminUnits'];
  /** The value changed (the citizen's choice, or an old address mapped). */
  oninput?: (e: CustomEvent<never>) => void;
  /** The value changed. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcCheckboxFieldProps = {
  /** Whether the box is checked. */
  value?: DvcCheckboxField['value'];
  /** The name the value is submitted under. */
  name?: DvcCheckboxField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcCheckboxField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcCheckboxField['hint'];
  /** Whether the field must be filled. */
  required?: DvcCheckboxField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcCheckboxField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcCheckboxField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcCheckboxField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcCheckboxField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcCheckboxField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcCheckboxField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcCheckboxField['labels'];
  /** The control's validity state. */
  validity?: DvcCheckboxField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcCheckboxField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcCheckboxField['willValidate'];
  /** When the box is toggled; `event.target.value` is the new boolean. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the box is toggled. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcCheckboxGroupFieldProps = {
  /** The chosen values. */
  value?: DvcCheckboxGroupField['value'];
  /** The name the value is submitted under. */
  name?: DvcCheckboxGroupField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcCheckboxGroupField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcCheckboxGroupField['hint'];
  /** Whether the field must be filled. */
  required?: DvcCheckboxGroupField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcCheckboxGroupField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcCheckboxGroupField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcCheckboxGroupField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcCheckboxGroupField['error'];
  /** The choices, in order. */
  options?: DvcCheckboxGroupField['options'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcCheckboxGroupField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcCheckboxGroupField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcCheckboxGroupField['labels'];
  /** The control's validity state. */
  validity?: DvcCheckboxGroupField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcCheckboxGroupField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcCheckboxGroupField['willValidate'];
  /** When a box is toggled; `event.target.value` is the new list. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When a box is toggled. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcDateFieldProps = {
  /** The ISO date `yyyy-mm-dd`, `''` when none. */
  value?: DvcDateField['value'];
  /** The name the value is submitted under. */
  name?: DvcDateField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcDateField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcDateField['hint'];
  /** Whether the field must be filled. */
  required?: DvcDateField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcDateField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcDateField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcDateField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcDateField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcDateField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcDateField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcDateField['labels'];
  /** The control's validity state. */
  validity?: DvcDateField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcDateField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcDateField['willValidate'];
  /** When the date changes; `event.target.value` is the new ISO date (or `''`). */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the date is committed (typed and left, or chosen in the calendar). */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcDateTimeFieldProps = {
  /** The RFC 3339 date-time, `''` when none. */
  value?: DvcDateTimeField['value'];
  /** The name the value is submitted under. */
  name?: DvcDateTimeField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcDateTimeField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcDateTimeField['hint'];
  /** Whether the field must be filled. */
  required?: DvcDateTimeField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcDateTimeField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcDateTimeField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcDateTimeField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcDateTimeField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcDateTimeField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcDateTimeField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcDateTimeField['labels'];
  /** The control's validity state. */
  validity?: DvcDateTimeField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcDateTimeField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcDateTimeField['willValidate'];
  /** When the date-time changes; `event.target.value` is the new value (or `''`). */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the person commits a change to either part. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcDocumentsProps = {
  /** The filing channel: `online` (default), `in-person` or `postal`. */
  channel?: DvcDocuments['channel'];
  /** The language: `vi` (default) or `en`. */
  locale?: DvcDocuments['locale'];
  /** The heading level of the section title ("Giấy tờ"): 2 by default; 0 hides it. */
  'heading-level'?: DvcDocuments['headingLevel'];
  /**  */
  disabled?: DvcDocuments['disabled'];
  /** The procedure definition (its `procedure.code` and `documents`). */
  definition?: DvcDocuments['definition'];
  /** The form's data, for components required under a condition. */
  data?: DvcDocuments['data'];
  /** The upload hook (`client.attachments` of the sdk). Without it, files cannot be chosen. */
  upload?: DvcDocuments['upload'];
  /** The electronic copies the citizen already has (from the profile). */
  electronicCopies?: DvcDocuments['electronicCopies'];
  /** Starts from stored references (a draft's, a dossier's); files being sent are cancelled. */
  value?: DvcDocuments['value'];
  /** The files chosen and not stored (being sent, failed, or lost in a reload). A draft keeps them;
set from a draft after a reload, each shows on its row as to be chosen again (never dropped silently). */
  unsent?: DvcDocuments['unsent'];
  /** Whether a file is still being sent. */
  uploading?: DvcDocuments['uploading'];
  /** What each component needs on the channel, in the definition's order. */
  requirements?: DvcDocuments['requirements'];
  /** A file was chosen, stored, reused or removed: `detail.documents` (DvcDocumentsChangeEvent). */
  'ondvc-documents-change'?: (e: CustomEvent<DvcDocumentsChangeDetail>) => void;
};

export type DvcEmailFieldProps = {
  /** The value. */
  value?: DvcEmailField['value'];
  /** Placeholder text (a hint belongs in `hint`; use this for a format example only). */
  placeholder?: DvcEmailField['placeholder'];
  /** The `autocomplete` token of the inner input. */
  autocomplete?: DvcEmailField['autocomplete'];
  /** The name the value is submitted under. */
  name?: DvcEmailField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcEmailField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcEmailField['hint'];
  /** Whether the field must be filled. */
  required?: DvcEmailField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcEmailField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcEmailField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcEmailField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcEmailField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcEmailField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcEmailField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcEmailField['labels'];
  /** The control's validity state. */
  validity?: DvcEmailField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcEmailField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcEmailField['willValidate'];
  /** When the user types; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcErrorSummaryProps = {
  /** The title ("Có lỗi trong biểu mẫu" / "There is a problem"). */
  heading?: DvcErrorSummary['heading'];
  /** The problems. */
  items?: DvcErrorSummary['items'];
  /** The id prefix of the fields the links point at (`#<prefix><encoded pointer>`). */
  hrefFor?: DvcErrorSummary['hrefFor'];
  /** Internal: a link was chosen; `detail.pointer` is its field. */
  'ondvc-error-summary-select'?: (e: CustomEvent<never>) => void;
};

export type DvcFormFieldProps = {
  /** The field. */
  node?: DvcFormField['node'];
  /** The state of the form it belongs to. */
  store?: DvcFormField['store'];
  /** The source of province and commune choices, if any. */
  adminUnits?: DvcFormField['adminUnits'];
  /** A group has no widget of its own. */
  widget?: DvcFormField['widget'];
  /** How many times the field has rendered: a public hook for performance tests and devtools. */
  renderCount?: DvcFormField['renderCount'];
};

export type DvcFormSectionProps = {
  /** The section. */
  section?: DvcFormSection['section'];
  /** The state of the form it belongs to. */
  store?: DvcFormSection['store'];
  /** The source of province and commune choices, if any. */
  adminUnits?: DvcFormSection['adminUnits'];
};

export type DvcFormProps = {
  /** A URL to fetch the definition from, when `definition` is not set. */
  src?: DvcForm['src'];
  /** The language: `vi` (default) or `en`. */
  locale?: DvcForm['locale'];
  /** Shows the data without letting it change. */
  readonly?: DvcForm['readonly'];
  /** Disables every field and the submit button. */
  disabled?: DvcForm['disabled'];
  /** Inside a native `<form>`: the name the JSON data is submitted under. */
  name?: DvcForm['name'];
  /** The step shown, by its id in `layout.steps` (`review` for "check your answers"; `''` on a
one-page form). Reflected, so a page can keep it in its URL; setting it shows that step. */
  step?: DvcForm['step'];
  /** Submits from the last step, without the "check your answers" page. */
  'no-review'?: DvcForm['noReview'];
  /** The submit button's text (default "Nộp hồ sơ" / "Submit"). */
  'submit-label'?: DvcForm['submitLabel'];
  /** The agency the dossier is filed with, when filing through `client`. */
  'agency-id'?: DvcForm['agencyId'];
  /** Drafts: `off` (default), `device` (IndexedDB, kept across restarts) or `session` (until the browser closes). */
  drafts?: DvcForm['drafts'];
  /** The drafts' key (default: the definition's procedure code); with the version and `user`. */
  'draft-key'?: DvcForm['draftKey'];
  /** Whose drafts these are: a stable, non-secret id of the signed-in person (never a token). */
  user?: DvcForm['user'];
  /** The filing channel the documents follow: `online` (default), `in-person` or `postal`. */
  channel?: DvcForm['channel'];
  /** Whether a submit is in flight (further submits are ignored until it settles). */
  submitting?: DvcForm['submitting'];
  /** The current data: what would be submitted (hidden fields left out), not yet validated. */
  value?: DvcForm['value'];
  /** A procedure definition, or a JSON Schema of an object (`title` labels, `description` hints). */
  definition?: DvcForm['definition'];
  /** The initial data (copied; `reset()` goes back to it), given back whole in `value` and `dvc-submit`.
Without it the form is new and starts with the schema's `default`s. */
  data?: DvcForm['data'];
  /** The source of province and commune choices (the sdk's client satisfies it). */
  adminUnits?: DvcForm['adminUnits'];
  /** A precompiled validator of the definition's `dataSchema` (`dvc build-validators`): the
whole-form check (submit, `validate()`, form validity) uses it; fields still check themselves. */
  validator?: DvcForm['validator'];
  /** A portal client (the sdk's `createClient(...)`): the form then files the dossier itself (see docs/forms.md). */
  client?: DvcForm['client'];
  /** With `@dvc-kit/forms/documents` imported: the upload hook of the documents (`client.attachments`). */
  upload?: DvcForm['upload'];
  /** The citizen's electronic copies that may stand in for a document ("Dùng bản điện tử đã có"). */
  electronicCopies?: DvcForm['electronicCopies'];
  /** The stored documents (attachment references per component); set it to start from a draft's. */
  documents?: DvcForm['documents'];
  /** A field changed: `detail.path`, `detail.value`, `detail.data` (DvcChangeEvent). */
  'ondvc-change'?: (e: CustomEvent<DvcChangeDetail>) => void;
  /** A submit passed validation: `detail.data`, `detail.unshown`, `detail.documents`, `detail.waitUntil()` (DvcSubmitEvent). */
  'ondvc-submit'?: (e: CustomEvent<DvcSubmitDetail>) => void;
  /** A submit failed validation: `detail.issues` (DvcInvalidEvent). */
  'ondvc-invalid'?: (e: CustomEvent<DvcInvalidDetail>) => void;
  /** The citizen moved to another step: `detail.step`, `detail.index`, `detail.count`, `detail.previous` (DvcStepEvent). */
  'ondvc-step'?: (e: CustomEvent<DvcStepDetail>) => void;
  /** Filed through `client`: `detail.dossier`, `detail.data` (DvcSubmittedEvent). */
  'ondvc-submitted'?: (e: CustomEvent<DvcSubmittedDetail>) => void;
  /** Filing through `client` failed: `detail.error`, `detail.kind` (DvcSubmitErrorEvent). */
  'ondvc-submit-error'?: (e: CustomEvent<DvcSubmitErrorDetail>) => void;
  /** A saved draft was continued: `detail.dropped` (DvcDraftRestoreEvent). */
  'ondvc-draft-restore'?: (e: CustomEvent<DvcDraftRestoreDetail>) => void;
  /** A saved draft was deleted unsubmitted (DvcDraftDiscardEvent). */
  'ondvc-draft-discard'?: (e: CustomEvent<DvcDraftDiscardDetail>) => void;
};

export type DvcCountryFieldProps = {
  /** The chosen option's value, `''` when none. */
  value?: DvcCountryField['value'];
  /** Above this many options, the select is a searchable combobox (`0`: always). */
  'search-threshold'?: DvcCountryField['searchThreshold'];
  /** The combobox draws at most this many matches (the first ones), and says how many more there
are: typing narrows the list, so 3,321 communes never become 3,321 elements. */
  'max-shown'?: DvcCountryField['maxShown'];
  /** The name the value is submitted under. */
  name?: DvcCountryField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcCountryField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcCountryField['hint'];
  /** Whether the field must be filled. */
  required?: DvcCountryField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcCountryField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcCountryField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcCountryField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcCountryField['error'];
  /** The choices, in order. */
  options?: DvcCountryField['options'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcCountryField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcCountryField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcCountryField['labels'];
  /** The control's validity state. */
  validity?: DvcCountryField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcCountryField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcCountryField['willValidate'];
  /** When the choice changes. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the choice changes. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcEthnicGroupFieldProps = {
  /** The chosen option's value, `''` when none. */
  value?: DvcEthnicGroupField['value'];
  /** Above this many options, the select is a searchable combobox (`0`: always). */
  'search-threshold'?: DvcEthnicGroupField['searchThreshold'];
  /** The combobox draws at most this many matches (the first ones), and says how many more there
are: typing narrows the list, so 3,321 communes never become 3,321 elements. */
  'max-shown'?: DvcEthnicGroupField['maxShown'];
  /** The name the value is submitted under. */
  name?: DvcEthnicGroupField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcEthnicGroupField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcEthnicGroupField['hint'];
  /** Whether the field must be filled. */
  required?: DvcEthnicGroupField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcEthnicGroupField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcEthnicGroupField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcEthnicGroupField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcEthnicGroupField['error'];
  /** The choices, in order. */
  options?: DvcEthnicGroupField['options'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcEthnicGroupField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcEthnicGroupField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcEthnicGroupField['labels'];
  /** The control's validity state. */
  validity?: DvcEthnicGroupField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcEthnicGroupField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcEthnicGroupField['willValidate'];
  /** When the choice changes. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the choice changes. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcMoneyFieldProps = {
  /** The value, `null` when empty. */
  value?: DvcMoneyField['value'];
  /** The name the value is submitted under. */
  name?: DvcMoneyField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcMoneyField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcMoneyField['hint'];
  /** Whether the field must be filled. */
  required?: DvcMoneyField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcMoneyField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcMoneyField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcMoneyField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcMoneyField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcMoneyField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcMoneyField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcMoneyField['labels'];
  /** The control's validity state. */
  validity?: DvcMoneyField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcMoneyField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcMoneyField['willValidate'];
  /** When the user types; `event.target.value` is the new amount (or `null`). */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcNumberFieldProps = {
  /** The value, `null` when empty. */
  value?: DvcNumberField['value'];
  /** The name the value is submitted under. */
  name?: DvcNumberField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcNumberField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcNumberField['hint'];
  /** Whether the field must be filled. */
  required?: DvcNumberField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcNumberField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcNumberField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcNumberField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcNumberField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcNumberField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcNumberField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcNumberField['labels'];
  /** The control's validity state. */
  validity?: DvcNumberField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcNumberField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcNumberField['willValidate'];
  /** When the user types; `event.target.value` is the new number (or `null`). */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcPersonalIdFieldProps = {
  /** The value. */
  value?: DvcPersonalIdField['value'];
  /** Placeholder text (a hint belongs in `hint`; use this for a format example only). */
  placeholder?: DvcPersonalIdField['placeholder'];
  /** The `autocomplete` token of the inner input. */
  autocomplete?: DvcPersonalIdField['autocomplete'];
  /** The name the value is submitted under. */
  name?: DvcPersonalIdField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcPersonalIdField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcPersonalIdField['hint'];
  /** Whether the field must be filled. */
  required?: DvcPersonalIdField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcPersonalIdField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcPersonalIdField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcPersonalIdField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcPersonalIdField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcPersonalIdField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcPersonalIdField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcPersonalIdField['labels'];
  /** The control's validity state. */
  validity?: DvcPersonalIdField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcPersonalIdField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcPersonalIdField['willValidate'];
  /** When the user types; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcPhoneFieldProps = {
  /** The value. */
  value?: DvcPhoneField['value'];
  /** Placeholder text (a hint belongs in `hint`; use this for a format example only). */
  placeholder?: DvcPhoneField['placeholder'];
  /** The `autocomplete` token of the inner input. */
  autocomplete?: DvcPhoneField['autocomplete'];
  /** The name the value is submitted under. */
  name?: DvcPhoneField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcPhoneField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcPhoneField['hint'];
  /** Whether the field must be filled. */
  required?: DvcPhoneField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcPhoneField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcPhoneField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcPhoneField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcPhoneField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcPhoneField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcPhoneField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcPhoneField['labels'];
  /** The control's validity state. */
  validity?: DvcPhoneField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcPhoneField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcPhoneField['willValidate'];
  /** When the user types; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcRadioFieldProps = {
  /** The chosen option's value, `''` when none. */
  value?: DvcRadioField['value'];
  /** The name the value is submitted under. */
  name?: DvcRadioField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcRadioField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcRadioField['hint'];
  /** Whether the field must be filled. */
  required?: DvcRadioField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcRadioField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcRadioField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcRadioField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcRadioField['error'];
  /** The choices, in order. */
  options?: DvcRadioField['options'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcRadioField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcRadioField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcRadioField['labels'];
  /** The control's validity state. */
  validity?: DvcRadioField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcRadioField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcRadioField['willValidate'];
  /** When the choice changes; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the choice changes. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcSelectFieldProps = {
  /** The chosen option's value, `''` when none. */
  value?: DvcSelectField['value'];
  /** Above this many options, the select is a searchable combobox (`0`: always). */
  'search-threshold'?: DvcSelectField['searchThreshold'];
  /** The combobox draws at most this many matches (the first ones), and says how many more there
are: typing narrows the list, so 3,321 communes never become 3,321 elements. */
  'max-shown'?: DvcSelectField['maxShown'];
  /** The name the value is submitted under. */
  name?: DvcSelectField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcSelectField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcSelectField['hint'];
  /** Whether the field must be filled. */
  required?: DvcSelectField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcSelectField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcSelectField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcSelectField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcSelectField['error'];
  /** The choices, in order. */
  options?: DvcSelectField['options'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcSelectField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcSelectField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcSelectField['labels'];
  /** The control's validity state. */
  validity?: DvcSelectField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcSelectField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcSelectField['willValidate'];
  /** When the choice changes; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the choice changes. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcTaxCodeFieldProps = {
  /** The value. */
  value?: DvcTaxCodeField['value'];
  /** Placeholder text (a hint belongs in `hint`; use this for a format example only). */
  placeholder?: DvcTaxCodeField['placeholder'];
  /** The `autocomplete` token of the inner input. */
  autocomplete?: DvcTaxCodeField['autocomplete'];
  /** The name the value is submitted under. */
  name?: DvcTaxCodeField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcTaxCodeField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcTaxCodeField['hint'];
  /** Whether the field must be filled. */
  required?: DvcTaxCodeField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcTaxCodeField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcTaxCodeField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcTaxCodeField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcTaxCodeField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcTaxCodeField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcTaxCodeField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcTaxCodeField['labels'];
  /** The control's validity state. */
  validity?: DvcTaxCodeField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcTaxCodeField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcTaxCodeField['willValidate'];
  /** When the user types; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcTextFieldProps = {
  /** The value. */
  value?: DvcTextField['value'];
  /** Placeholder text (a hint belongs in `hint`; use this for a format example only). */
  placeholder?: DvcTextField['placeholder'];
  /** The `autocomplete` token of the inner input. */
  autocomplete?: DvcTextField['autocomplete'];
  /** The name the value is submitted under. */
  name?: DvcTextField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcTextField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcTextField['hint'];
  /** Whether the field must be filled. */
  required?: DvcTextField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcTextField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcTextField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcTextField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcTextField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcTextField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcTextField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcTextField['labels'];
  /** The control's validity state. */
  validity?: DvcTextField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcTextField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcTextField['willValidate'];
  /** When the user types; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type DvcTextareaFieldProps = {
  /** The value. */
  value?: DvcTextareaField['value'];
  /** The number of visible lines. */
  rows?: DvcTextareaField['rows'];
  /** The name the value is submitted under. */
  name?: DvcTextareaField['name'];
  /** The visible label (text, never HTML). */
  label?: DvcTextareaField['label'];
  /** A hint shown under the label and announced with the control. */
  hint?: DvcTextareaField['hint'];
  /** Whether the field must be filled. */
  required?: DvcTextareaField['required'];
  /** Whether the field is disabled (not submitted, not focusable). */
  disabled?: DvcTextareaField['disabled'];
  /** Whether the value is shown but cannot be changed (still submitted, not validated). */
  readonly?: DvcTextareaField['readonly'];
  /** The language of messages: `vi` (default) or `en`. */
  locale?: DvcTextareaField['locale'];
  /** The error message shown under the control; empty when there is none. */
  error?: DvcTextareaField['error'];
  /** A JSON Schema for this field; the value is validated with it by */
  schema?: DvcTextareaField['schema'];
  /** The `<form>` the control belongs to. */
  form?: DvcTextareaField['form'];
  /** The outer `<label>` elements of the control. */
  labels?: DvcTextareaField['labels'];
  /** The control's validity state. */
  validity?: DvcTextareaField['validity'];
  /** The message of the current validity problem, or `''`. */
  validationMessage?: DvcTextareaField['validationMessage'];
  /** Whether the control takes part in constraint validation. */
  willValidate?: DvcTextareaField['willValidate'];
  /** When the user types; `event.target.value` is the new value. */
  oninput?: (e: CustomEvent<never>) => void;
  /** When the user commits a change. */
  onchange?: (e: CustomEvent<never>) => void;
};

export type CustomElements = {
  /**
   * An address: province and commune comboboxes and a detail line.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - The value changed (the citizen's choice, or an old address mapped).
   * - **change** - The value changed.
   *
   * ### **Methods:**
   *  - **whenLoaded(): _Promise<void>_** - Resolves when the lists (and any old-address mapping) in progress have loaded and are shown.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the first part with a message, else the first part.
   *
   * ### **CSS Parts:**
   *  - **group** - The fieldset (also `legend`, `help`, `error`).
   * - **notice** - Says an old address was mapped to the new units.
   * - **legacy** - Asks the citizen to choose the new commune of an old address (also `candidate`).
   * - **province** - The province combobox (a `<dvc-select-field>`).
   * - **commune** - The commune combobox (a `<dvc-select-field>`).
   * - **detail** - The detail line (a `<dvc-text-field>`).
   */
  'dvc-address-field': Partial<DvcAddressFieldProps & BaseProps & BaseEvents>;

  /**
   * A labelled checkbox with a boolean value.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the box is toggled; `event.target.value` is the new boolean.
   * - **change** - When the box is toggled.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **choice** - The row holding the box and its label.
   * - **control** - The inner `<input type="checkbox">` (also `checkbox`).
   * - **checkbox** - The same element as `control`, by its kind.
   * - **label** - The label beside the box.
   * - **required-marker** - The `*` of a required box.
   * - **hint** - The hint.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-checkbox-field': Partial<DvcCheckboxFieldProps & BaseProps & BaseEvents>;

  /**
   * A labelled group of checkboxes with a list value.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When a box is toggled; `event.target.value` is the new list.
   * - **change** - When a box is toggled.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The group's label.
   * - **required-marker** - The `*` of a required group.
   * - **hint** - The hint.
   * - **control** - The `group` (also `group`).
   * - **group** - The same element as `control`, by its kind.
   * - **option** - One choice: its checkbox and its label.
   * - **checkbox** - A checkbox.
   * - **option-label** - The label of a choice.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-checkbox-group-field': Partial<DvcCheckboxGroupFieldProps & BaseProps & BaseEvents>;

  /**
   * A Vietnamese date input with a keyboard-accessible calendar.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the date changes; `event.target.value` is the new ISO date (or `''`).
   * - **change** - When the date is committed (typed and left, or chosen in the calendar).
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner text `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **calendar-button** - The button that opens the calendar.
   * - **calendar** - The calendar dialog.
   * - **calendar-title** - The month and year shown.
   * - **calendar-nav** - The previous/next month and year buttons.
   * - **calendar-grid** - The grid of days.
   * - **weekday** - A weekday heading of the grid.
   * - **day** - A day of the grid.
   * - **calendar-close** - The close button.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-date-field': Partial<DvcDateFieldProps & BaseProps & BaseEvents>;

  /**
   * A labelled date + time input whose value is an RFC 3339 date-time.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the date-time changes; `event.target.value` is the new value (or `''`).
   * - **change** - When the person commits a change to either part.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The label of the pair (the group's name).
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The date input (also `date`).
   * - **date** - The date input, `dd/mm/yyyy`.
   * - **time** - The time input, `hh:mm`.
   * - **part-label** - The small labels "Ngày" and "Giờ".
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-date-time-field': Partial<DvcDateTimeFieldProps & BaseProps & BaseEvents>;

  /**
   * A procedure's documents: upload, reuse, and what each component needs.
   * ---
   *
   *
   * ### **Events:**
   *  - **dvc-documents-change** - A file was chosen, stored, reused or removed: `detail.documents` (DvcDocumentsChangeEvent).
   *
   * ### **Methods:**
   *  - **validate(): _DocumentIssue[]_** - Checks that every required document has a stored file and none is still being sent; shows the
   * message on each row that has a problem and returns them.
   * - **focusDocument(documentCode: _string_): _boolean_** - Moves focus to a component's row (its file input when it has one); `false` when there is no such row.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-error** - Messages and the border of a row with a problem. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **row** - A document component's row (also `notice`, `error`, `file`, `file-input`).
   * - **cancel-button** - Cancels an upload (also `retry-button`, `remove-button`, `reuse-button`).
   */
  'dvc-documents': Partial<DvcDocumentsProps & BaseProps & BaseEvents>;

  /**
   * An email address input.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new value.
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-email-field': Partial<DvcEmailFieldProps & BaseProps & BaseEvents>;

  /**
   * A list of the problems of a form, each linked to its field.
   * ---
   *
   *
   * ### **Events:**
   *  - **dvc-error-summary-select** - Internal: a link was chosen; `detail.pointer` is its field.
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Moves focus to the summary (its heading is announced with the list).
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-error** - The border and link colour. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **summary** - The box (`role="alert"`).
   * - **title** - Its heading.
   * - **list** - The list of problems.
   * - **link** - A link to a field.
   */
  'dvc-error-summary': Partial<DvcErrorSummaryProps & BaseProps & BaseEvents>;

  /**
   * A group of `<dvc-form>` (created by the form; not used alone).
   * ---
   *
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Focuses the group's first field.
   * - **focusWhenReady(): _Promise<void>_** - Focuses the group's first field once it has rendered.
   * - **storeChanged(changes: _FormChanges_): _void_** - What changed in the store (it calls this on its subscribers).
   *
   * ### **CSS Parts:**
   *  - **group** - The fieldset of a group or repeatable group.
   * - **legend** - The legend of a fieldset.
   * - **help** - The help text below a group (and, without this element, below a field's widget).
   * - **repeatable-item** - One item of a repeatable group.
   * - **add-button** - The button adding an item to a repeatable group.
   * - **remove-button** - The button removing an item.
   */
  'dvc-form-field': Partial<DvcFormFieldProps & BaseProps & BaseEvents>;

  /**
   * A section of `<dvc-form>` (created by the form; not used alone).
   * ---
   *
   *
   * ### **CSS Parts:**
   *  - **section** - The section.
   * - **section-title** - Its legend.
   * - **description** - Its description.
   */
  'dvc-form-section': Partial<DvcFormSectionProps & BaseProps & BaseEvents>;

  /**
   * A schema-driven, validated, accessible application form.
   * ---
   *
   *
   * ### **Events:**
   *  - **dvc-change** - A field changed: `detail.path`, `detail.value`, `detail.data` (DvcChangeEvent).
   * - **dvc-submit** - A submit passed validation: `detail.data`, `detail.unshown`, `detail.documents`, `detail.waitUntil()` (DvcSubmitEvent).
   * - **dvc-invalid** - A submit failed validation: `detail.issues` (DvcInvalidEvent).
   * - **dvc-step** - The citizen moved to another step: `detail.step`, `detail.index`, `detail.count`, `detail.previous` (DvcStepEvent).
   * - **dvc-submitted** - Filed through `client`: `detail.dossier`, `detail.data` (DvcSubmittedEvent).
   * - **dvc-submit-error** - Filing through `client` failed: `detail.error`, `detail.kind` (DvcSubmitErrorEvent).
   * - **dvc-draft-restore** - A saved draft was continued: `detail.dropped` (DvcDraftRestoreEvent).
   * - **dvc-draft-discard** - A saved draft was deleted unsubmitted (DvcDraftDiscardEvent).
   *
   * ### **Methods:**
   *  - **shownFields(): _FormFieldHandle[]_** - The fields rendered now (in no particular order), each with its definition node, widget and
   * render count: a hook for tests and devtools (docs/forms.md).
   * - **discardDraft(): _Promise<void>_** - Deletes the saved draft and goes back to the initial data.
   * - **reset(): _void_** - Goes back to the initial data and clears every message.
   * - **validate(): _ValidationResult<Record<string, unknown>>_** - Validates the whole form, shows every message on its field and returns the result. Before the
   * form has set up and its validator is there (`await form.updateComplete`), `{ ok: false, issues: [] }`.
   * - **submit(): _Promise<boolean>_** - Validates and, when valid, fires `dvc-submit`; otherwise shows the error summary and fires `dvc-invalid`.
   * - **focusFirstError(): _boolean_** - Moves focus to the first field with a message; `false` when there is none.
   * - **setIssues(issues: _readonly FormIssue[]_): _Promise<void>_** - Shows issues found elsewhere (e.g. the `issues` of a 422 answer), keyed by JSON Pointer: each on
   * its field and all in the error summary, which takes focus.
   * - **formResetCallback(): _void_** - Called by the browser when the native form is reset.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor fieldset is disabled or enabled.
   * - **formAssociatedCallback(form: _HTMLFormElement | null_): _void_** - Called by the browser when the form joins or leaves a native `<form>`: it reports its data there.
   *
   * ### **CSS Properties:**
   *  - **--dvc-form-max-width** - The widest the form grows (default 48rem). _(default: undefined)_
   * - **--dvc-color-primary** - Buttons and accents. _(default: undefined)_
   * - **--dvc-color-error** - Messages and the error summary. _(default: undefined)_
   * - **--dvc-space-3** - The gap between fields. _(default: undefined)_
   * - **--dvc-font-family** - The font. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **draft-notice** - The offer to continue a draft, or what became of it.
   * - **confirmation** - The panel with the dossier code after filing through `client`.
   * - **submit-problem** - The alert when filing through `client` failed.
   * - **error-summary** - The error summary shown after a failed submit.
   * - **title** - The procedure's name.
   * - **step** - A step.
   * - **step-title** - A step's heading (and the review's, also `review-title`).
   * - **progress** - A stepped form's progress: "Bước 2/4" and the step names.
   * - **continue-button** - "Tiếp tục" (also `back-button`, "Quay lại").
   * - **review** - The "check your answers" page (also `summary-list`, `change-link`, `fees`, `fee-total`).
   * - **section** - A section (also `section-title`, `description`).
   * - **group** - The fieldset of a group, address or repeatable group (also `legend`, `help`, `error`).
   * - **repeatable-item** - An item of a repeatable group (also `add-button`, `remove-button`).
   * - **documents** - The "Giấy tờ" section (`<dvc-documents>`, with `@dvc-kit/forms/documents` imported).
   * - **submit-button** - The submit button.
   * - **failure** - The message shown in place of a form that cannot be loaded or shown.
   */
  'dvc-form': Partial<DvcFormProps & BaseProps & BaseEvents>;

  /**
   * A country or nationality, chosen from the ISO list by name.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the choice changes.
   * - **change** - When the choice changes.
   *
   * ### **Methods:**
   *  - **whenLoaded(): _Promise<void>_** - Resolves once the list is loaded and shown.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **control** - The combobox input (also `input combobox`).
   * - **listbox** - The list of matching countries.
   * - **option** - A country in the list.
   * - **more** - The note saying only the first matches are shown.
   * - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **select** - The same element as `control`, by its kind.
   * - **input** - The same element as `control`, by its kind.
   * - **combobox** - The same element as `control`, by its kind.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-country-field': Partial<DvcCountryFieldProps & BaseProps & BaseEvents>;

  /**
   * An ethnic group, chosen from the 54 by name.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the choice changes.
   * - **change** - When the choice changes.
   *
   * ### **Methods:**
   *  - **whenLoaded(): _Promise<void>_** - Resolves once the list is loaded and shown.
   * - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **control** - The combobox input (also `input combobox`).
   * - **listbox** - The list of matching groups.
   * - **option** - A group in the list.
   * - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **select** - The same element as `control`, by its kind.
   * - **input** - The same element as `control`, by its kind.
   * - **combobox** - The same element as `control`, by its kind.
   * - **more** - The note under a long list saying only the first matches are shown.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-ethnic-group-field': Partial<DvcEthnicGroupFieldProps & BaseProps & BaseEvents>;

  /**
   * A VND amount input with grouped digits.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new amount (or `null`).
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **unit** - The `₫` after the input.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-money-field': Partial<DvcMoneyFieldProps & BaseProps & BaseEvents>;

  /**
   * A labelled, validated number input.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new number (or `null`).
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-number-field': Partial<DvcNumberFieldProps & BaseProps & BaseEvents>;

  /**
   * A CCCD input that shows what the number decodes to.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new value.
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **decoded** - The list of what the number says.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-personal-id-field': Partial<DvcPersonalIdFieldProps & BaseProps & BaseEvents>;

  /**
   * A phone number input checked as a Vietnamese phone number.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new value.
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-phone-field': Partial<DvcPhoneFieldProps & BaseProps & BaseEvents>;

  /**
   * A labelled radio group.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the choice changes; `event.target.value` is the new value.
   * - **change** - When the choice changes.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The group's label.
   * - **required-marker** - The `*` of a required group.
   * - **hint** - The hint.
   * - **control** - The `radiogroup` (also `group`).
   * - **group** - The same element as `control`, by its kind.
   * - **option** - One choice: its radio and its label.
   * - **radio** - A radio button.
   * - **option-label** - The label of a choice.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-radio-field': Partial<DvcRadioFieldProps & BaseProps & BaseEvents>;

  /**
   * A select that becomes searchable when it is long.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the choice changes; `event.target.value` is the new value.
   * - **change** - When the choice changes.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<select>` (also `select`), or the combobox input (also `input combobox`).
   * - **select** - The same element as `control`, by its kind.
   * - **input** - The same element as `control`, by its kind.
   * - **combobox** - The same element as `control`, by its kind.
   * - **listbox** - The list of matching options of the combobox.
   * - **option** - An option of the combobox list.
   * - **more** - The note under a long list saying only the first matches are shown.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-select-field': Partial<DvcSelectFieldProps & BaseProps & BaseEvents>;

  /**
   * A tax code input checked digit by digit.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new value.
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-tax-code-field': Partial<DvcTaxCodeFieldProps & BaseProps & BaseEvents>;

  /**
   * A labelled, validated one-line text input.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new value.
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<input>` (also `input`).
   * - **input** - The same element as `control`, by its kind.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-text-field': Partial<DvcTextFieldProps & BaseProps & BaseEvents>;

  /**
   * A labelled, validated `<textarea>`.
   * ---
   *
   *
   * ### **Events:**
   *  - **input** - When the user types; `event.target.value` is the new value.
   * - **change** - When the user commits a change.
   *
   * ### **Methods:**
   *  - **reportValidity(): _boolean_** - Like `checkValidity()`, and shows the message.
   * - **setCustomValidity(message: _string_): _void_** - Like the native method: `message` becomes the shown `error` (and the validity); `''` clears it.
   * - **validate(): _boolean_** - Validates the value now and shows the result; `true` when valid.
   * - **formResetCallback(): _void_** - Called by the browser when the form is reset.
   * - **formStateRestoreCallback(stateOrValue: _unknown_): _void_** - Called by the browser to restore the value after navigation or autofill.
   * - **formDisabledCallback(disabled: _boolean_): _void_** - Called by the browser when an ancestor `<fieldset>` is disabled or enabled.
   * - **focus(options: _FocusOptions_): _void_** - Focuses the control (`focusTarget()`) when the element has no shadow root to delegate focus.
   * - **checkValidity(): _boolean_** - Whether the control is valid; fires `invalid` when not.
   *
   * ### **CSS Properties:**
   *  - **--dvc-color-primary** - Accent colour (borders of focused controls, checked marks). _(default: undefined)_
   * - **--dvc-color-error** - Colour of error borders and messages. _(default: undefined)_
   * - **--dvc-focus-ring** - The focus outline. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **form-control** - The wrapper around everything.
   * - **label** - The visible label.
   * - **required-marker** - The `*` of a required field.
   * - **hint** - The hint.
   * - **control** - The inner `<textarea>` (also `textarea`).
   * - **textarea** - The same element as `control`, by its kind.
   * - **error** - The error message.
   * - **error-icon** - The icon before the message.
   */
  'dvc-textarea-field': Partial<DvcTextareaFieldProps & BaseProps & BaseEvents>;
};
