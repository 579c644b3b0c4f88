/**
 * Where the back end keeps its place in the change feed: one small JSON file, replaced atomically
 * (a temporary file, then a rename), so a crash leaves the old cursor or the new one, never half.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The cursor of the last event handled. */
export interface CursorStore {
  /** The stored cursor, or `undefined` before the first event. */
  load(): string | undefined;
  save(cursor: string): void;
}

/** A cursor store in the file `path` (created with its folder when missing). */
export function fileCursorStore(path: string): CursorStore {
  return {
    load() {
      try {
        const stored = JSON.parse(readFileSync(path, 'utf8')) as { cursor?: unknown };
        return typeof stored.cursor === 'string' ? stored.cursor : undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    save(cursor) {
      mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${String(process.pid)}.tmp`;
      writeFileSync(temporary, JSON.stringify({ cursor }));
      renameSync(temporary, path);
    },
  };
}
