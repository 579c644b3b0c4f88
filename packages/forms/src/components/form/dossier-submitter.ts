/**
 * What `<dvc-form>` needs of a portal client to file a dossier itself: create the draft dossier and
 * submit it, each with an idempotency key. The sdk's `createClient(...)` satisfies it as it is; the
 * forms never import the sdk.
 */

/**
 * A document of the dossier for one document component: an uploaded attachment, or an electronic
 * copy the citizen holds (`Profile.electronicCopies`), reused with no upload.
 */
export type DossierDocumentRef =
  { documentCode: string; attachmentId: string } | { documentCode: string; electronicCopyId: string };

/** The body of creating the draft dossier. */
export interface DossierCreateRequest {
  procedureCode: string;
  agencyId: string;
  documents?: DossierDocumentRef[];
}

/** The body of submitting it: the validated data. */
export interface DossierSubmitRequest {
  data?: Record<string, unknown>;
}

/** Per-call options the form passes: the idempotency key, the same on every retry of one draft. */
export interface DossierCallOptions {
  idempotencyKey?: string | undefined;
}

/** What the portal answers a submission with (the sdk's `Dossier` has these and more). */
export interface SubmittedDossier {
  id: string;
  /** The dossier code, e.g. `000.00.01.H01-261123-0001`. */
  code: string | null;
  /** When the result is due (ISO date-time), once the agency received the dossier complete. */
  appointmentDate: string | null;
}

/** A client that files dossiers (`createClient` of @dvc-kit/sdk). */
export interface DossierSubmitter {
  readonly dossiers: {
    create(body: DossierCreateRequest, options?: DossierCallOptions): PromiseLike<{ id: string }>;
    submit(
      dossierId: string,
      body: DossierSubmitRequest,
      options?: DossierCallOptions,
    ): PromiseLike<SubmittedDossier>;
  };
}
