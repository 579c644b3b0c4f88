/**
 * One sandbox per data directory: `LOCK` holds the pid of the process that has it open. The lock
 * is taken atomically: the pid is written to a file of this process's own and hard-linked to
 * `LOCK`, which fails when `LOCK` exists, so no one ever reads a half-written lock. A lock left by
 * a process that no longer runs (a crash) is taken over under a second, short-lived lock
 * (`LOCK.takeover`), which re-checks that `LOCK` still names the dead process before removing it:
 * of several processes starting together on a stale lock, exactly one gets it.
 */
import { linkSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

const LOCK = 'LOCK';
const TAKEOVER = 'LOCK.takeover';
/** A takeover lock older than this was left by a crash in the middle of a takeover. */
const STALE_TAKEOVER_MS = 10_000;
const ATTEMPTS = 200;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Creates `path` holding this process's pid, atomically; `false` when it exists. */
function tryCreate(path: string): boolean {
  const own = `${path}.${String(process.pid)}.${randomUUID()}`;
  writeFileSync(own, String(process.pid));
  try {
    linkSync(own, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(own, { force: true });
  }
}

/** The content of `path`, or `undefined` when it is gone. */
function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Removes `path` if it still holds `content`, under the takeover lock; `false` when busy. */
function takeOver(dir: string, path: string, content: string): boolean {
  const takeover = join(dir, TAKEOVER);
  if (!tryCreate(takeover)) {
    try {
      if (Date.now() - statSync(takeover).mtimeMs > STALE_TAKEOVER_MS) rmSync(takeover, { force: true });
    } catch {
      // Gone meanwhile: try again.
    }
    return false;
  }
  try {
    if (read(path) === content) rmSync(path, { force: true });
    return true;
  } finally {
    rmSync(takeover, { force: true });
  }
}

/**
 * Takes the lock of `dir`.
 * @returns a function that releases it.
 * @throws Error when a running process (this one included) holds it.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (tryCreate(path)) {
      return () => {
        if (read(path) === String(process.pid)) rmSync(path, { force: true });
      };
    }
    const content = read(path);
    if (content === undefined) continue;
    const holder = Number(content.trim());
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new Error(
        `${dir} is in use by process ${String(holder)}; stop that sandbox, or delete ${path} if no sandbox runs`,
      );
    }
    if (!takeOver(dir, path, content)) pause(10);
  }
  throw new Error(`${dir}: could not take the lock ${path}; delete it if no sandbox runs`);
}
