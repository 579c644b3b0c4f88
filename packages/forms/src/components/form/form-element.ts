import { isJsonObject } from '@dvc-kit/validation';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { ValidateOptions, ValidationResult } from '@dvc-kit/validation';
import { cloneData } from '../../internal/form-data.js';
import type { DraftMode } from '../../internal/draft-storage.js';
import type { FormLocale } from '../../internal/form-text.js';
import type { DocumentReference, DocumentUploader, ElectronicCopy } from '../documents/upload.js';
import { getDocuments, setDocuments } from '../../internal/form-documents.js';
import type { AdminUnitsProvider } from './admin-units.js';
import type { DossierSubmitter } from './dossier-submitter.js';

/**
 * The outside of `<dvc-form>`: the properties a page sets and what the browser calls on a
 * form-associated element (`DvcForm`, in `form.ts`, renders and validates; this is its base).
 */
export abstract class DvcFormElement extends LitElement {
  static formAssociated = true;

  /** A procedure definition, or a JSON Schema of an object (`title` labels, `description` hints). */
  @property({ attribute: false }) definition: unknown = undefined;
  /** A URL to fetch the definition from, when `definition` is not set. */
  @property() src = '';
  /**
   * The initial data (copied; `reset()` goes back to it), given back whole in `value` and `dvc-submit`.
   * Without it the form is new and starts with the schema's `default`s.
   */
  @property({ attribute: false }) data: Record<string, unknown> | undefined = undefined;
  /** The language: `vi` (default) or `en`. */
  @property({ reflect: true }) locale: FormLocale = 'vi';
  /** Shows the data without letting it change. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** Disables every field and the submit button. */
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** Inside a native `<form>`: the name the JSON data is submitted under. */
  @property({ reflect: true }) name = '';
  /** The source of province and commune choices (the sdk's client satisfies it). */
  @property({ attribute: false }) adminUnits: AdminUnitsProvider | undefined = undefined;
  /**
   * The step shown, by its id in `layout.steps` (`review` for "check your answers"; `''` on a
   * one-page form). Reflected, so a page can keep it in its URL; setting it shows that step.
   */
  @property({ reflect: true }) step = '';
  /** Submits from the last step, without the "check your answers" page. */
  @property({ type: Boolean, attribute: 'no-review' }) noReview = false;
  /** The submit button's text (default "Nộp hồ sơ" / "Submit"). */
  @property({ attribute: 'submit-label' }) submitLabel = '';
  /**
   * A precompiled validator of the definition's `dataSchema` (`dvc build-validators`): the
   * whole-form check (submit, `validate()`, form validity) uses it; fields still check themselves.
   */
  @property({ attribute: false }) validator:
    { validate(data: unknown, options?: ValidateOptions): ValidationResult } | undefined = undefined;

  /** A portal client (the sdk's `createClient(...)`): the form then files the dossier itself (see docs/forms.md). */
  @property({ attribute: false }) client: DossierSubmitter | undefined = undefined;
  /** The agency the dossier is filed with, when filing through `client`. */
  @property({ attribute: 'agency-id' }) agencyId = '';
  /** Drafts: `off` (default), `device` (IndexedDB, kept across restarts) or `session` (until the browser closes). */
  @property({ reflect: true }) drafts: DraftMode = 'off';
  /** The drafts' key (default: the definition's procedure code); with the version and `user`. */
  @property({ attribute: 'draft-key' }) draftKey = '';
  /** Whose drafts these are: a stable, non-secret id of the signed-in person (never a token). */
  @property() user = '';
  /** With `@dvc-kit/forms/documents` imported: the upload hook of the documents (`client.attachments`). */
  @property({ attribute: false }) upload: DocumentUploader | undefined = undefined;
  /** The citizen's electronic copies that may stand in for a document ("Dùng bản điện tử đã có"). */
  @property({ attribute: false }) electronicCopies: readonly ElectronicCopy[] = [];
  /** The filing channel the documents follow: `online` (default), `in-person` or `postal`. */
  @property() channel: 'online' | 'in-person' | 'postal' = 'online';

  /** The stored documents (attachment references per component); set it to start from a draft's. */
  get documents(): DocumentReference[] {
    return getDocuments(this);
  }
  set documents(references: readonly DocumentReference[] | undefined) {
    setDocuments(this, references);
  }

  protected readonly internals = this.attachInternals();
  /** Whether an ancestor `<fieldset>` disables the form. */
  protected formDisabled = false;
  /** The native `<form>` around, as the browser last said (`formAssociatedCallback`). */
  protected nativeForm: HTMLFormElement | null = null;

  /** Goes back to the initial data and clears every message. */
  abstract reset(): void;
  /** Gives the data and its validity to the native `<form>` around, if any. */
  protected abstract syncFormValue(): void;
  /** Gives the store the locale, `disabled` and `readonly`. */
  protected abstract syncStoreFlags(): void;

  /** Called by the browser when the native form is reset. */
  formResetCallback(): void {
    this.reset();
  }

  /** Called by the browser when an ancestor fieldset is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
    this.syncStoreFlags();
  }

  /** Called by the browser when the form joins or leaves a native `<form>`: it reports its data there. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.nativeForm = form;
    this.syncFormValue();
  }

  /** The locale in use: `en` when asked for, Vietnamese otherwise. */
  protected get language(): FormLocale {
    return this.locale === 'en' ? 'en' : 'vi';
  }

  /** A copy of `data` (an empty object when `data` is not one). */
  protected initialData(): Record<string, unknown> {
    return isJsonObject(this.data) ? cloneData(this.data) : {};
  }
}
