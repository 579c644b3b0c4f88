/**
 * The files behind a persistent store (decision 0003): `snapshot.json`, the whole state written
 * atomically (temporary file, fsync, rename, fsync of the directory), and `journal.jsonl`, one
 * line per commit appended and fsynced before the commit is applied in memory. On open the
 * snapshot is loaded and the journal replayed. A last line without its newline (a crash mid-write,
 * never acknowledged) is cut off and reported; a damaged complete line is an acknowledged commit,
 * so the open stops and names the file and line, unless asked to recover (keep the commits before
 * it, after copying the journal aside).
 */
import {
  closeSync,
  copyFileSync,
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
import { DataDirectoryDamagedError, isStoreOp, parseCommit } from './damage.js';
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
  /** What the open had to repair (a torn last write cut off, damaged commits dropped on recovery). */
  notes: string[];
}

/** Options of {@link Journal.open}. */
export interface JournalOptions {
  /**
   * Start although a complete journal line is damaged: keep the commits before it, drop it and
   * everything after, after copying the journal to `journal.jsonl.damaged-<time>`.
   */
  recover?: boolean;
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

function readSnapshot(path: string): StoreOp[] {
  if (!existsSync(path)) return [];
  let snapshot: { format?: unknown; ops?: unknown };
  try {
    snapshot = JSON.parse(readFileSync(path, 'utf8')) as { format?: unknown; ops?: unknown };
  } catch (error) {
    throw new DataDirectoryDamagedError(
      `${path} is damaged (${(error as Error).message}); restore it from a backup, or move the data directory aside to start empty`,
      path,
    );
  }
  if (snapshot.format !== FORMAT || !Array.isArray(snapshot.ops)) {
    throw new DataDirectoryDamagedError(
      `${path}: not a dvc-sandbox snapshot (format ${String(snapshot.format)})`,
      path,
    );
  }
  const ops: unknown[] = snapshot.ops;
  const bad = ops.findIndex((op) => !isStoreOp(op));
  if (bad >= 0) {
    throw new DataDirectoryDamagedError(
      `${path}: record ${bad + 1} is damaged; restore the file from a backup, or move the data directory aside to start empty`,
      path,
    );
  }
  return ops as StoreOp[];
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
   * @throws Error when another running sandbox holds the directory; DataDirectoryDamagedError
   * when the snapshot or a complete journal line is damaged (unless `recover`).
   */
  static open(dir: string, options: JournalOptions = {}): { journal: Journal; loaded: LoadedState } {
    mkdirSync(dir, { recursive: true });
    const unlock = lockDataDir(dir);
    try {
      return Journal.read(dir, unlock, options.recover === true);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  private static read(
    dir: string,
    unlock: () => void,
    recover: boolean,
  ): { journal: Journal; loaded: LoadedState } {
    const ops = readSnapshot(join(dir, SNAPSHOT));
    const notes: string[] = [];
    const journalPath = join(dir, JOURNAL);
    const text = existsSync(journalPath) ? readFileSync(journalPath, 'utf8') : '';
    // Every line that ends with a newline was fsynced before its commit was acknowledged.
    const lines = text.split('\n');
    const torn = lines.pop() ?? '';
    let validLength = 0;
    let commits = 0;
    for (const [index, line] of lines.entries()) {
      const commit = parseCommit(line);
      if (commit === undefined) {
        if (!recover) {
          throw new DataDirectoryDamagedError(
            `${journalPath}: line ${index + 1} is damaged (an acknowledged commit); nothing was changed. ` +
              `To start with the ${commits} commits before it, run: dvc-sandbox --data-dir ${dir} --recover ` +
              `(the journal is copied to ${JOURNAL}.damaged-<time> first)`,
            journalPath,
            index + 1,
          );
        }
        const copy = `${journalPath}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
        copyFileSync(journalPath, copy);
        notes.push(
          `${journalPath}: line ${index + 1} is damaged; kept the ${commits} commits before it, dropped ${lines.length - index} lines, copied the journal to ${copy}`,
        );
        break;
      }
      ops.push(...commit);
      commits++;
      validLength += Buffer.byteLength(line, 'utf8') + 1;
    }
    if (torn !== '' && validLength === Buffer.byteLength(text, 'utf8') - Buffer.byteLength(torn, 'utf8')) {
      notes.push(
        `${journalPath}: cut ${Buffer.byteLength(torn, 'utf8')} bytes of an unfinished write at the end (never acknowledged)`,
      );
    }
    const fd = openSync(journalPath, 'a+');
    if (validLength < Buffer.byteLength(text, 'utf8')) {
      ftruncateSync(fd, validLength);
      fsyncSync(fd);
    }
    return { journal: new Journal(dir, fd, unlock), loaded: { ops, journalCommits: commits, notes } };
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
