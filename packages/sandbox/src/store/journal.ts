/**
 * The files behind a persistent store (decision 0003): `snapshot.json`, the whole state written
 * atomically (temporary file, fsync, rename, fsync of the directory), and `journal.jsonl`, one
 * line per commit appended and fsynced before the commit is applied in memory. On open the
 * snapshot is loaded and the journal replayed; a torn last line (a crash mid-write) is dropped and
 * cut off, a damaged line anywhere else stops the open rather than lose data silently.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { lockDataDir } from './lock.js';
import type { StoreOp } from './records.js';

const SNAPSHOT = 'snapshot.json';
const JOURNAL = 'journal.jsonl';
const FORMAT = 1;

/** What a data directory held when it was opened. */
export interface LoadedState {
  ops: StoreOp[];
  /** Commits replayed from the journal (0 after a clean close). */
  journalCommits: number;
}

function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Appends commits to a data directory's journal and rewrites its snapshot. */
export class Journal {
  readonly dir: string;
  private readonly fd: number;
  private readonly unlock: () => void;

  private constructor(dir: string, fd: number, unlock: () => void) {
    this.dir = dir;
    this.fd = fd;
    this.unlock = unlock;
  }

  /**
   * Opens (creating when needed) the data directory `dir` and reads what it holds.
   * @throws Error when another running sandbox holds the directory, or when the snapshot or a
   * journal line other than the last is damaged.
   */
  static open(dir: string): { journal: Journal; loaded: LoadedState } {
    mkdirSync(dir, { recursive: true });
    const unlock = lockDataDir(dir);
    try {
      return Journal.read(dir, unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  private static read(dir: string, unlock: () => void): { journal: Journal; loaded: LoadedState } {
    const ops: StoreOp[] = [];
    const snapshotPath = join(dir, SNAPSHOT);
    if (existsSync(snapshotPath)) {
      const snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as { format?: unknown; ops?: unknown };
      if (snapshot.format !== FORMAT || !Array.isArray(snapshot.ops)) {
        throw new Error(`${snapshotPath}: not a dvc-sandbox snapshot (format ${String(snapshot.format)})`);
      }
      ops.push(...(snapshot.ops as StoreOp[]));
    }
    const journalPath = join(dir, JOURNAL);
    const text = existsSync(journalPath) ? readFileSync(journalPath, 'utf8') : '';
    const lines = text.split('\n');
    let validLength = 0;
    let commits = 0;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] ?? '';
      const complete = i < lines.length - 1;
      if (line === '' && !complete) break;
      let parsed: { ops?: unknown } | undefined;
      try {
        parsed = complete ? (JSON.parse(line) as { ops?: unknown }) : undefined;
      } catch {
        parsed = undefined;
      }
      if (parsed === undefined || !Array.isArray(parsed.ops)) {
        // Only the last line may be torn; anything else is damage we refuse to guess about.
        if (complete && i < lines.length - 2) throw new Error(`${journalPath}: line ${i + 1} is damaged`);
        break;
      }
      ops.push(...(parsed.ops as StoreOp[]));
      commits++;
      validLength += Buffer.byteLength(line, 'utf8') + 1;
    }
    const fd = openSync(journalPath, 'a+');
    if (validLength < Buffer.byteLength(text, 'utf8')) {
      ftruncateSync(fd, validLength);
      fsyncSync(fd);
    }
    return { journal: new Journal(dir, fd, unlock), loaded: { ops, journalCommits: commits } };
  }

  /** Appends one commit and waits for it to reach the disk. */
  append(ops: readonly StoreOp[]): void {
    const line = `${JSON.stringify({ ops })}\n`;
    writeSync(this.fd, line);
    fsyncSync(this.fd);
  }

  /** Writes `ops` (the whole state) as the snapshot, atomically, then empties the journal. */
  compact(ops: readonly StoreOp[]): void {
    const snapshotPath = join(this.dir, SNAPSHOT);
    const temporary = `${snapshotPath}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, JSON.stringify({ format: FORMAT, ops }));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, snapshotPath);
    fsyncDirectory(this.dir);
    // A crash before this truncation only replays puts the snapshot already holds: harmless.
    ftruncateSync(this.fd, 0);
    fsyncSync(this.fd);
  }

  /** Closes the journal file and releases the directory. */
  close(): void {
    closeSync(this.fd);
    this.unlock();
  }
}
