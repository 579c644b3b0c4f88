/**
 * The drafts of `<dvc-form>`: autosave (debounced) of everything typed, the offer to continue or
 * start again on return, a draft of another definition version kept answer by answer, and the one
 * idempotency key of the draft's submission. A reactive controller, so the form only calls it.
 */
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { isJsonObject } from '@dvc-kit/validation';
import { DvcDraftDiscardEvent } from '../../events/draft-discard.js';
import { DvcDraftRestoreEvent } from '../../events/draft-restore.js';
import {
  clearDraftDocuments,
  draftDocuments,
  hasDraftDocuments,
  restoreDraftDocuments,
} from '../../internal/draft-documents.js';
import { fitDraft, type DroppedAnswer } from '../../internal/draft-fit.js';
import { draftMessages, formatDateTime } from '../../internal/draft-messages.js';
import {
  asDraftRecord,
  draftKey,
  draftPrefix,
  newSubmissionKey,
  type DraftOwner,
  type DraftRecord,
} from '../../internal/draft-record.js';
import { draftStorage, type DraftMode, type DraftStorage } from '../../internal/draft-storage.js';
import { cloneData } from '../../internal/form-data.js';
import { qualifiedLabel } from '../../internal/form-field-label.js';
import { fieldPath } from '../../internal/form-field-path.js';
import type { FormStore } from '../../internal/form-store.js';
import type { FormLocale } from '../../internal/form-text.js';

/** How long the form waits after the last change before saving. */
export const AUTOSAVE_DELAY_MS = 400;

/** What the controller reads of its form. */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  drafts: DraftMode;
  draftKey: string;
  user: string;
  definition: unknown;
}

/** The form's private parts the controller uses. */
export interface DraftAccess {
  store(): FormStore | undefined;
  language(): FormLocale;
  /** The data the page gave (`data`), which a restored draft's answers go on top of. */
  given(): Record<string, unknown>;
  /** The store's data was replaced: sync the form's value. */
  loaded(): void;
}

type Notice =
  | { kind: 'offer'; record: DraftRecord; key: string }
  | { kind: 'restored'; dropped: (DroppedAnswer & { label: string })[] }
  | { kind: 'discarded' };

function hasAnswers(value: unknown): boolean {
  if (isJsonObject(value)) return Object.values(value).some(hasAnswers);
  if (Array.isArray(value)) return value.some(hasAnswers);
  return value !== undefined && value !== null && value !== '';
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The drafts of one form. */
export class FormDrafts implements ReactiveController {
  /** `ready`: saving; `offer`: waiting for the citizen to continue or start again (nothing saved meanwhile). */
  private state: 'off' | 'checking' | 'offer' | 'ready' = 'off';
  private notice: Notice | undefined = undefined;
  private record: DraftRecord | undefined = undefined;
  private storage: DraftStorage | undefined = undefined;
  private key = '';
  private timer: ReturnType<typeof setTimeout> | undefined = undefined;
  private generation = 0;
  private saving: Promise<void> = Promise.resolve();
  /** The fields the citizen changed while the offer showed: continuing the draft keeps what they typed. */
  private readonly typedDuringOffer = new Set<string>();

  constructor(
    private readonly host: DraftHost,
    private readonly access: DraftAccess,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pagehide', this.onPageHide);
    // A file chosen, stored, reused or removed in the form's documents: saved like a typed answer.
    this.host.addEventListener('dvc-documents-change', this.onDocuments);
  }

  hostDisconnected(): void {
    removeEventListener('pagehide', this.onPageHide);
    this.host.removeEventListener('dvc-documents-change', this.onDocuments);
    void this.flush();
  }

  /** Looks for a saved draft once the form has a store; offers it when it holds answers. */
  async open(): Promise<void> {
    const generation = ++this.generation;
    this.cancelTimer();
    this.notice = undefined;
    this.typedDuringOffer.clear();
    const owner = this.owner();
    this.record = owner === undefined ? undefined : this.fresh(owner);
    this.storage = owner === undefined ? undefined : draftStorage(this.host.drafts);
    if (owner === undefined || this.storage === undefined) {
      this.state = 'off';
      return;
    }
    this.state = 'checking';
    this.key = draftKey(owner);
    try {
      const found = await this.find(this.storage, owner);
      if (generation !== this.generation) return;
      if (found !== undefined && (hasAnswers(found.record.data) || hasDraftDocuments(found.record))) {
        this.state = 'offer';
        this.notice = { kind: 'offer', ...found };
        await this.focusNotice();
        return;
      }
    } catch (error) {
      console.warn('<dvc-form>: drafts cannot be read here.', error instanceof Error ? error.message : error);
    }
    if (generation === this.generation) this.state = 'ready';
  }

  /**
   * The citizen changed something: save soon, at most AUTOSAVE_DELAY_MS after the first unsaved
   * change (not after the last: steady typing would otherwise never be saved until a pause).
   */
  changed(pointer?: string): void {
    if (this.state === 'offer' && pointer !== undefined) this.typedDuringOffer.add(pointer);
    if (this.state !== 'ready' || this.storage === undefined || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, AUTOSAVE_DELAY_MS);
  }

  /** Saves now what waits to be saved (before a submit, when the page goes away). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) {
      this.cancelTimer();
      await this.save();
    }
    await this.saving;
  }

  /** The idempotency key of this draft's submission (one per draft, kept with it). */
  submissionKey(): string {
    this.record ??= this.fresh(this.owner() ?? { procedure: '', version: '', user: '' });
    return this.record.submissionKey;
  }

  /** The portal's draft dossier, once created. */
  dossierId(): string | undefined {
    return this.record?.dossierId;
  }

  /** Remembers the draft dossier the portal created, so a retry after a reload submits that one. */
  async rememberDossier(id: string): Promise<void> {
    if (this.record === undefined) return;
    this.record.dossierId = id;
    await this.save();
  }

  /** The draft was submitted: delete it; the next application gets a new draft and key. */
  async clear(): Promise<void> {
    this.cancelTimer();
    await this.saving;
    const owner = this.owner();
    this.record = owner === undefined ? undefined : this.fresh(owner);
    this.notice = undefined;
    if (this.storage !== undefined && this.key !== '') await this.storage.delete(this.key);
  }

  /** Deletes the saved draft (`discardDraft()`); the form goes back to its initial data itself. */
  async discard(reason: 'start-again' | 'discard'): Promise<void> {
    const offered = this.notice?.kind === 'offer' ? this.notice.key : undefined;
    // Starting again from the offer keeps what the page gave; discarding drops the draft's files too.
    if (reason === 'discard') clearDraftDocuments(this.host);
    await this.clear();
    if (this.storage !== undefined && offered !== undefined) await this.storage.delete(offered);
    if (this.storage !== undefined) this.state = 'ready';
    this.notice = { kind: 'discarded' };
    this.host.dispatchEvent(new DvcDraftDiscardEvent({ reason }));
    await this.focusNotice();
  }

  /** The notice above the fields: the offer, or what happened to the draft. */
  render(): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (notice === undefined) return nothing;
    const m = draftMessages(this.access.language());
    if (notice.kind === 'offer') {
      return html`<section
        class="draft-notice"
        part="draft-notice"
        aria-labelledby="draft-title"
        tabindex="-1"
      >
        <h3 id="draft-title" class="draft-title">${m.offerTitle}</h3>
        <p>${m.offerText(formatDateTime(notice.record.savedAt, this.access.language(), true))}</p>
        ${this.host.drafts === 'session' ? html`<p>${m.sessionOnly}</p>` : nothing}
        <div class="draft-actions">
          <button type="button" class="button" @click=${() => void this.resume()}>${m.resume}</button>
          <button type="button" class="button secondary" @click=${() => void this.discard('start-again')}>
            ${m.startAgain}
          </button>
        </div>
      </section>`;
    }
    return html`<div class="draft-notice" part="draft-notice" role="status" tabindex="-1">
      <p>${notice.kind === 'discarded' ? m.discarded : m.restored}</p>
      ${
        notice.kind === 'restored' && notice.dropped.length > 0
          ? html`<p>${m.droppedTitle}</p>
              <ul class="draft-dropped">
                ${notice.dropped.map((d) => html`<li>${d.label}: ${text(d.value)}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  /**
   * Continues the offered draft: its answers come back (those that still fit, for another version)
   * except where the citizen typed while the offer showed, which keeps what they typed; then the notice takes focus and is announced. Only then is the draft written, and only when it
   * changed: one of another version moves under this version, without what no longer fits; one
   * restored as it was is left as saved (its time too) until the citizen changes something.
   */
  async resume(): Promise<void> {
    const notice = this.notice;
    const store = this.access.store();
    const owner = this.owner();
    if (notice?.kind !== 'offer' || store === undefined || owner === undefined) return;
    const { record, key } = notice;
    const sameVersion = record.version === owner.version;
    // Each answer of another version is checked against the schema: with the validator, once it is there.
    const validator = sameVersion ? undefined : await store.validated;
    if (this.notice !== notice || this.access.store() !== store) return;
    // What the citizen typed while the offer showed wins over the draft's answer at the same field.
    const typed = [...this.typedDuringOffer].map((p) => [p, cloneData(store.value(p))] as const);
    this.typedDuringOffer.clear();
    let dropped: DroppedAnswer[] = [];
    if (validator === undefined) store.load(cloneData(record.data), false, this.access.given());
    else dropped = fitDraft(store, validator, record.data, this.access.given()).dropped;
    // The stored files and those to choose again; a component the definition no longer has is listed.
    dropped = [...dropped, ...restoreDraftDocuments(this.host, record, this.host.definition)];
    for (const [pointer, value] of typed) store.set(pointer, value);
    this.access.loaded();
    // A dossier created for another version is not reused: the new draft gets its own key.
    this.record = sameVersion ? { ...record, data: store.data } : this.fresh(owner);
    this.state = 'ready';
    const labelled = dropped.map((d) => ({ ...d, label: this.labelOf(store, d.pointer) }));
    this.notice = { kind: 'restored', dropped: labelled };
    this.host.dispatchEvent(
      new DvcDraftRestoreEvent({ savedAt: record.savedAt, version: record.version, dropped: labelled }),
    );
    await this.focusNotice();
    if (!sameVersion || dropped.length > 0 || typed.length > 0 || key !== this.key) {
      await this.save();
      if (key !== this.key) await this.storage?.delete(key);
    }
  }

  private owner(): DraftOwner | undefined {
    const definition = this.host.definition;
    const d = isJsonObject(definition) ? definition : {};
    const procedure = isJsonObject(d['procedure']) ? d['procedure']['code'] : undefined;
    const key = this.host.draftKey || (typeof procedure === 'string' ? procedure : '');
    if (key === '') return undefined;
    return {
      procedure: key,
      version: typeof d['version'] === 'string' ? d['version'] : '',
      user: this.host.user,
    };
  }

  private fresh(owner: DraftOwner): DraftRecord {
    return { format: 1, ...owner, data: {}, savedAt: '', submissionKey: newSubmissionKey() };
  }

  /** This version's draft, else the latest of another version of the same procedure and user. */
  private async find(
    storage: DraftStorage,
    owner: DraftOwner,
  ): Promise<{ record: DraftRecord; key: string } | undefined> {
    const own = asDraftRecord(await storage.get(this.key));
    if (own !== undefined) return { record: own, key: this.key };
    const prefix = draftPrefix(owner);
    let latest: { record: DraftRecord; key: string } | undefined;
    for (const key of await storage.keys()) {
      if (!key.startsWith(prefix)) continue;
      const record = asDraftRecord(await storage.get(key));
      if (record !== undefined && (latest === undefined || record.savedAt > latest.record.savedAt)) {
        latest = { record, key };
      }
    }
    return latest;
  }

  private async save(): Promise<void> {
    const store = this.access.store();
    const storage = this.storage;
    const record = this.record;
    if (this.state !== 'ready' || store === undefined || storage === undefined || record === undefined)
      return;
    record.data = cloneData(store.data);
    const { documents, unsent } = draftDocuments(this.host);
    record.documents = documents;
    record.unsent = unsent;
    record.savedAt = new Date().toISOString();
    const snapshot = cloneData(record);
    const key = this.key;
    this.saving = this.saving
      .then(() => storage.set(key, snapshot))
      .catch((error: unknown) => {
        console.warn(
          '<dvc-form>: the draft could not be saved.',
          error instanceof Error ? error.message : error,
        );
      });
    await this.saving;
  }

  private labelOf(store: FormStore, pointer: string): string {
    const path = fieldPath(store, pointer);
    const label = path === undefined ? '' : qualifiedLabel(store, path);
    return label !== '' ? label : decodeURIComponent(pointer.slice(pointer.lastIndexOf('/') + 1));
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async focusNotice(): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.draft-notice')?.focus();
  }

  private readonly onPageHide = (): void => {
    void this.flush();
  };

  private readonly onDocuments = (): void => {
    this.changed();
  };
}
