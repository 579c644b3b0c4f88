/**
 * The files of `<dvc-documents>` and their uploads: each file is checked before it is sent, then
 * uploads through the page's hook with progress; it can be cancelled, retried (the chosen file is
 * kept until it is stored) and removed. A list of entries, in the order they were chosen.
 */
import type {
  DocumentReference,
  DocumentUploader,
  ElectronicCopy,
  UnsentDocument,
  UploadedDocumentFile,
} from '../../components/documents/upload.js';

/**
 * Where a file is: being sent, stored, failed, cancelled by the person, or `lost`: chosen before
 * a reload and never stored (the draft remembers it; the person must choose it again).
 */
export type FileStatus = 'uploading' | 'uploaded' | 'failed' | 'cancelled' | 'lost';

/** One file of a document component. */
export interface FileEntry {
  readonly key: string;
  readonly documentCode: string;
  readonly name: string;
  readonly type: string;
  readonly size: number;
  status: FileStatus;
  loaded: number;
  total: number;
  /** Why it failed, in the documents' locale. */
  error?: string | undefined;
  /** The chosen file, kept until it is stored so a retry sends it again. */
  file?: Blob | undefined;
  /** The stored file (or the reused electronic copy). */
  reference?: DocumentReference;
  controller?: AbortController | undefined;
}

let next = 0;

/** The files of every document component, and what changing them does. */
export class DocumentFiles {
  entries: FileEntry[] = [];

  /** `changed` runs after every change (to render; `tell`: the page is told, the files it keeps changed). */
  constructor(private readonly changed: (tell: boolean) => void) {}

  /** The files of one component. */
  of(documentCode: string): FileEntry[] {
    return this.entries.filter((e) => e.documentCode === documentCode);
  }

  /** The references of the stored files (uploaded or reused), in order. */
  references(): DocumentReference[] {
    return this.entries.flatMap((e) => (e.status === 'uploaded' && e.reference ? [e.reference] : []));
  }

  /** The chosen files not stored: being sent, failed, or lost in a reload (cancelled ones are left out). */
  unsent(): UnsentDocument[] {
    return this.entries.flatMap((e) =>
      e.status === 'uploading' || e.status === 'failed' || e.status === 'lost'
        ? [{ documentCode: e.documentCode, fileName: e.name, contentType: e.type, size: e.size }]
        : [],
    );
  }

  /** Shows files chosen before a reload and never stored, to be chosen again (replacing such earlier ones). */
  loadUnsent(files: readonly UnsentDocument[]): void {
    this.entries = this.entries.filter((e) => e.status !== 'lost');
    for (const file of files) {
      this.entries.push({
        key: `file-${++next}`,
        documentCode: file.documentCode,
        name: file.fileName,
        type: file.contentType,
        size: file.size,
        status: 'lost',
        loaded: 0,
        total: file.size,
      });
    }
    this.changed(false);
  }

  /** Starts again from stored references (e.g. a draft's). Uploads in flight are cancelled. */
  load(references: readonly DocumentReference[]): void {
    for (const entry of this.entries) entry.controller?.abort();
    this.entries = references.map((reference) => ({
      key: `file-${++next}`,
      documentCode: reference.documentCode,
      name: reference.fileName,
      type: reference.contentType,
      size: reference.size,
      status: 'uploaded',
      loaded: reference.size,
      total: reference.size,
      reference,
    }));
    this.changed(false);
  }

  /** Adds a reused electronic copy to a component. */
  reuse(documentCode: string, copy: ElectronicCopy, name: string): void {
    const reference: DocumentReference = {
      documentCode,
      attachmentId: copy.id,
      // What people read (the row, the review): the copy's name, not a file's.
      fileName: name,
      contentType: copy.contentType ?? 'application/pdf',
      size: copy.size ?? 0,
      electronicCopyId: copy.id,
    };
    this.entries.push({
      key: `file-${++next}`,
      documentCode,
      name: reference.fileName,
      type: reference.contentType,
      size: reference.size,
      status: 'uploaded',
      loaded: reference.size,
      total: reference.size,
      reference,
    });
    this.changed(true);
  }

  /**
   * Adds a chosen file (already checked) and uploads it. It takes the place of a file lost in a
   * reload: the component's only one, or the one of the same name.
   */
  add(documentCode: string, file: File, send: Sender, single: boolean): FileEntry {
    this.entries = this.entries.filter(
      (e) => e.status !== 'lost' || e.documentCode !== documentCode || (!single && e.name !== file.name),
    );
    const entry: FileEntry = {
      key: `file-${++next}`,
      documentCode,
      name: file.name,
      type: file.type,
      size: file.size,
      status: 'uploading',
      loaded: 0,
      total: file.size,
      file,
    };
    this.entries.push(entry);
    void this.send(entry, send);
    this.changed(true);
    return entry;
  }

  /** Sends a failed or cancelled file again. */
  retry(key: string, send: Sender): void {
    const entry = this.find(key);
    if (entry === undefined || entry.file === undefined || entry.status === 'uploading') return;
    void this.send(entry, send);
  }

  /** Stops an upload in flight. */
  cancel(key: string): void {
    const entry = this.find(key);
    if (entry?.status !== 'uploading') return;
    entry.controller?.abort();
    entry.controller = undefined;
    entry.status = 'cancelled';
    this.changed(false);
  }

  /** Takes a file out (an upload in flight is cancelled). */
  remove(key: string): FileEntry | undefined {
    const entry = this.find(key);
    if (entry === undefined) return undefined;
    entry.controller?.abort();
    this.entries = this.entries.filter((e) => e !== entry);
    this.changed(entry.status !== 'cancelled');
    return entry;
  }

  find(key: string): FileEntry | undefined {
    return this.entries.find((e) => e.key === key);
  }

  private async send(entry: FileEntry, send: Sender): Promise<void> {
    const controller = new AbortController();
    Object.assign(entry, { status: 'uploading', loaded: 0, error: undefined, controller });
    this.changed(false);
    try {
      const stored = await send(entry, controller.signal, (loaded, total) => {
        if (entry.controller !== controller) return;
        entry.loaded = loaded;
        entry.total = total;
        this.changed(false);
      });
      if (entry.controller !== controller) return;
      entry.reference = {
        documentCode: entry.documentCode,
        attachmentId: stored.id,
        fileName: stored.fileName,
        contentType: stored.contentType,
        size: stored.size,
      };
      Object.assign(entry, {
        status: 'uploaded',
        loaded: entry.total,
        controller: undefined,
        file: undefined,
      });
      this.changed(true);
    } catch (error) {
      // Cancelled or removed meanwhile: the person asked for it, nothing to say.
      if (entry.controller !== controller) return;
      Object.assign(entry, { status: 'failed', controller: undefined, error: reasonOf(error) });
      this.changed(false);
    }
  }
}

/** Sends one file: the element binds the hook, the procedure and the locale. */
export type Sender = (
  entry: FileEntry,
  signal: AbortSignal,
  progress: (loaded: number, total: number) => void,
) => Promise<UploadedDocumentFile>;

/** Uploads `entry` through `uploader` for `procedureCode`. */
export function sender(uploader: DocumentUploader, procedureCode: string): Sender {
  return async (entry, signal, progress) => {
    if (entry.file === undefined) throw new Error('The file is no longer there.');
    return await uploader.upload(
      {
        file: entry.file,
        fileName: entry.name,
        contentType: entry.type,
        procedureCode,
        documentCode: entry.documentCode,
        onProgress: ({ loaded, total }) => {
          progress(loaded, total);
        },
      },
      { signal },
    );
  };
}

/** The message of an upload failure: the hook's own (the sdk's are localized), or `''`. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : '';
}
