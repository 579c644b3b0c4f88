/**
 * The sandbox's state: dossiers and idempotency records in memory, made durable by a
 * {@link Journal} unless the store is in-memory. A commit is all-or-nothing: its ops are written
 * to the journal (and fsynced) first and applied in memory only after, so a failed write leaves
 * nothing stored half-way.
 */
import { Journal } from './journal.js';
import type { DossierRecord, IdempotencyRecord, StoreOp } from './records.js';

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
}

/** The sandbox's state. */
export class Store {
  readonly dossiers = new Map<string, DossierRecord>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  /** The highest sequence number used per `<agency id>-<yyMMdd>`. */
  private readonly sequences = new Map<string, number>();
  private readonly journal: Journal | undefined;
  private readonly isExpired: (record: IdempotencyRecord) => boolean;
  private commitsSinceCompaction = 0;

  private constructor(journal: Journal | undefined, isExpired: (record: IdempotencyRecord) => boolean) {
    this.journal = journal;
    this.isExpired = isExpired;
  }

  /**
   * Opens the store: loads and replays the data directory, then compacts it.
   * @throws Error when the data directory holds damaged files.
   */
  static open(options: StoreOptions): Store {
    const isExpired = options.isExpired ?? (() => false);
    if (options.dataDir === undefined) return new Store(undefined, isExpired);
    const { journal, loaded } = Journal.open(options.dataDir);
    const store = new Store(journal, isExpired);
    try {
      for (const op of loaded.ops) store.apply(op);
      if (loaded.journalCommits > 0) journal.compact(store.allOps());
    } catch (error) {
      journal.close();
      throw error;
    }
    return store;
  }

  /** Writes `ops` durably, then applies them. */
  commit(ops: readonly StoreOp[]): void {
    this.journal?.append(ops);
    for (const op of ops) this.apply(op);
    if (this.journal !== undefined && ++this.commitsSinceCompaction >= COMPACT_EVERY) {
      this.journal.compact(this.allOps());
      this.commitsSinceCompaction = 0;
    }
  }

  /** The next dossier sequence number for an agency on a day (`yyMMdd`), starting at 1. */
  nextSequence(agencyId: string, day: string): number {
    return (this.sequences.get(`${agencyId}-${day}`) ?? 0) + 1;
  }

  /** Compacts the journal and closes the files. */
  close(): void {
    if (this.journal === undefined) return;
    this.journal.compact(this.allOps());
    this.journal.close();
  }

  private apply(op: StoreOp): void {
    switch (op.op) {
      case 'dossier.put': {
        this.dossiers.set(op.value.id, op.value);
        const match = op.value.code === null ? null : /^(.+)-(\d{6})-(\d{5})$/.exec(op.value.code);
        if (match !== null) {
          const key = `${match[1] ?? ''}-${match[2] ?? ''}`;
          this.sequences.set(key, Math.max(this.sequences.get(key) ?? 0, Number(match[3])));
        }
        break;
      }
      case 'idempotency.put':
        this.idempotency.set(op.value.key, op.value);
        break;
    }
  }

  /** The whole state as ops, forgetting expired idempotency records first. */
  private allOps(): StoreOp[] {
    for (const [key, record] of this.idempotency) if (this.isExpired(record)) this.idempotency.delete(key);
    return [
      ...[...this.dossiers.values()].map((value): StoreOp => ({ op: 'dossier.put', value })),
      ...[...this.idempotency.values()].map((value): StoreOp => ({ op: 'idempotency.put', value })),
    ];
  }
}
