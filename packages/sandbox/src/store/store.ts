/**
 * The sandbox's state: dossiers and idempotency records in memory, made durable by a
 * {@link Journal} unless the store is in-memory. A commit is all-or-nothing: its ops are written
 * to the journal (and fsynced) first and applied in memory only after, so a failed write leaves
 * nothing stored half-way.
 */
import { diskBlobs, memoryBlobs, type BlobStore } from './blobs.js';
import { Journal } from './journal.js';
import type {
  AttachmentRecord,
  DeliveryRecord,
  DossierRecord,
  EventRecord,
  IdempotencyRecord,
  PaymentRecord,
  StoreOp,
  WebhookEndpointRecord,
} from './records.js';

/** Commits between two compactions of the journal into the snapshot. */
const COMPACT_EVERY = 1000;

/** Options of {@link Store.open}. */
export interface StoreOptions {
  /** The data directory; `undefined` keeps everything in memory. */
  dataDir: string | undefined;
  /**
   * Whether an idempotency record may be forgotten: expired records are left out of snapshots and
   * dropped from memory when the journal is compacted (default: never).
   */
  isExpired?: (record: IdempotencyRecord) => boolean;
  /** Start on a journal with a damaged line, keeping the commits before it (see {@link Journal.open}). */
  recover?: boolean;
}

/** The sandbox's state. */
export class Store {
  readonly dossiers = new Map<string, DossierRecord>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly attachments = new Map<string, AttachmentRecord>();
  readonly payments = new Map<string, PaymentRecord>();
  readonly webhookEndpoints = new Map<string, WebhookEndpointRecord>();
  readonly deliveries = new Map<string, DeliveryRecord>();
  /** The change feed, in `seq` order (kept for good). */
  readonly events: EventRecord[] = [];
  /**
   * Ops that follow from a commit's ops (e.g. webhook deliveries of a status change), worked out
   * against the state before the commit and written in the same commit.
   */
  derive: ((ops: readonly StoreOp[]) => StoreOp[]) | undefined;
  /** The highest sequence number used per `<agency id>-<yyMMdd>`. */
  private readonly sequences = new Map<string, number>();
  /** Attachment contents, by SHA-256. */
  readonly blobs: BlobStore;
  private readonly journal: Journal | undefined;
  private readonly isExpired: (record: IdempotencyRecord) => boolean;
  private commitsSinceCompaction = 0;
  private closed = false;
  /** What opening the data directory repaired, for the log. */
  notes: readonly string[] = [];

  private constructor(journal: Journal | undefined, isExpired: (record: IdempotencyRecord) => boolean) {
    this.journal = journal;
    this.isExpired = isExpired;
    this.blobs = journal === undefined ? memoryBlobs() : diskBlobs(journal.dir);
  }

  /**
   * Opens the store: loads and replays the data directory, then compacts it.
   * @throws Error when the data directory holds damaged files.
   */
  static open(options: StoreOptions): Store {
    const isExpired = options.isExpired ?? (() => false);
    if (options.dataDir === undefined) return new Store(undefined, isExpired);
    const { journal, loaded } = Journal.open(options.dataDir, { recover: options.recover === true });
    const store = new Store(journal, isExpired);
    store.notes = loaded.notes;
    try {
      for (const op of loaded.ops) store.apply(op);
      if (loaded.journalCommits > 0 || loaded.notes.length > 0) journal.compact(store.allOps());
    } catch (error) {
      journal.close();
      throw error;
    }
    return store;
  }

  /**
   * Writes `ops` durably, then applies them.
   * @throws Error once the store is closed (a request still running at shutdown).
   */
  commit(ops: readonly StoreOp[]): void {
    if (this.closed) throw new Error('the store is closed');
    const all = [...ops, ...(this.derive?.(ops) ?? [])];
    this.journal?.append(all);
    for (const op of all) this.apply(op);
    if (this.journal !== undefined && ++this.commitsSinceCompaction >= COMPACT_EVERY) {
      this.journal.compact(this.allOps());
      this.commitsSinceCompaction = 0;
    }
  }

  /** The next dossier sequence number for an agency on a day (`yyMMdd`), starting at 1. */
  nextSequence(agencyId: string, day: string): number {
    return (this.sequences.get(`${agencyId}-${day}`) ?? 0) + 1;
  }

  /** The `seq` of the newest event of the feed (0 before the first). */
  lastEventSeq(): number {
    return this.events[this.events.length - 1]?.seq ?? 0;
  }

  /** Compacts the journal and closes the files. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.journal === undefined) return;
    this.journal.compact(this.allOps());
    this.journal.close();
  }

  private apply(op: StoreOp): void {
    switch (op.op) {
      case 'dossier.put': {
        this.dossiers.set(op.value.id, op.value);
        const match = op.value.code === null ? null : /^(.+)-(\d{6})-(\d{4,})$/.exec(op.value.code);
        if (match !== null) {
          const key = `${match[1] ?? ''}-${match[2] ?? ''}`;
          this.sequences.set(key, Math.max(this.sequences.get(key) ?? 0, Number(match[3])));
        }
        break;
      }
      case 'idempotency.put':
        this.idempotency.set(op.value.key, op.value);
        break;
      case 'attachment.put':
        this.attachments.set(op.value.id, op.value);
        break;
      case 'attachment.delete':
        this.attachments.delete(op.id);
        break;
      case 'payment.put':
        this.payments.set(op.value.id, op.value);
        break;
      case 'webhook.put':
        this.webhookEndpoints.set(op.value.id, op.value);
        break;
      case 'webhook.delete':
        this.webhookEndpoints.delete(op.id);
        break;
      case 'delivery.put':
        this.deliveries.set(op.value.id, op.value);
        break;
      case 'delivery.delete':
        this.deliveries.delete(op.id);
        break;
      case 'event.put':
        // Replaying a snapshot and then the journal never repeats an event; ignore one if it did.
        if (op.value.seq > this.lastEventSeq()) this.events.push(op.value);
        break;
    }
  }

  /** Forgets expired idempotency records (in memory; the next compaction leaves them out on disk). */
  pruneIdempotency(): void {
    for (const [key, record] of this.idempotency) if (this.isExpired(record)) this.idempotency.delete(key);
  }

  /** The whole state as ops, forgetting expired idempotency records first. */
  private allOps(): StoreOp[] {
    this.pruneIdempotency();
    const puts = <T>(map: Map<string, T>, op: (value: T) => StoreOp): StoreOp[] => [...map.values()].map(op);
    return [
      ...puts(this.dossiers, (value) => ({ op: 'dossier.put', value })),
      ...puts(this.idempotency, (value) => ({ op: 'idempotency.put', value })),
      ...puts(this.attachments, (value) => ({ op: 'attachment.put', value })),
      ...puts(this.payments, (value) => ({ op: 'payment.put', value })),
      ...puts(this.webhookEndpoints, (value) => ({ op: 'webhook.put', value })),
      ...puts(this.deliveries, (value) => ({ op: 'delivery.put', value })),
      ...this.events.map((value): StoreOp => ({ op: 'event.put', value })),
    ];
  }
}
