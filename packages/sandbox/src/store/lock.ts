/**
 * One sandbox per data directory: `LOCK` holds the pid of the process that has it open. A lock
 * left by a process that no longer runs (a crash) is taken over; a live one stops the open.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const LOCK = 'LOCK';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, 'wx');
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the lock of `dir`.
 * @returns a function that releases it.
 * @throws Error when a running process (this one included) holds it.
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK);
  if (!tryCreate(path)) {
    const holder = Number(readFileSync(path, 'utf8').trim());
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new Error(
        `${dir} is in use by process ${holder}; stop that sandbox, or delete ${path} if no sandbox runs`,
      );
    }
    rmSync(path, { force: true });
    if (!tryCreate(path)) throw new Error(`${dir}: another process took the lock`);
  }
  return () => {
    rmSync(path, { force: true });
  };
}
