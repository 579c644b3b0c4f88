/**
 * File contents, addressed by their SHA-256: `<data dir>/blobs/<sha256>` on disk (written to a
 * temporary file, fsynced, then renamed, so a crash never leaves half a file under a real name),
 * or a map in memory. The client's file name is never part of a path.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

/** Where contents are kept. */
export interface BlobStore {
  /** Keeps `bytes` under `sha256` (a no-op when already kept). */
  write(sha256: string, bytes: Uint8Array): void;
  /** The bytes under `sha256`, or `undefined`. */
  read(sha256: string): Uint8Array | undefined;
  /** Forgets the bytes under `sha256`. */
  remove(sha256: string): void;
}

const SHA256 = /^[0-9a-f]{64}$/;

function checked(sha256: string): string {
  if (!SHA256.test(sha256)) throw new Error('Not a SHA-256 hex digest');
  return sha256;
}

/** Contents in memory. */
export function memoryBlobs(): BlobStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    write: (sha256, bytes) => void blobs.set(checked(sha256), bytes),
    read: (sha256) => blobs.get(sha256),
    remove: (sha256) => void blobs.delete(sha256),
  };
}

/** Contents in `<dir>/blobs/`. */
export function diskBlobs(dir: string): BlobStore {
  const root = join(dir, 'blobs');
  mkdirSync(root, { recursive: true, mode: 0o700 });
  return {
    write(sha256, bytes): void {
      const path = join(root, checked(sha256));
      if (existsSync(path)) return;
      const temporary = join(root, `.${sha256}.${randomBytes(6).toString('hex')}.tmp`);
      const fd = openSync(temporary, 'wx', 0o600);
      try {
        writeSync(fd, bytes);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, path);
    },
    read(sha256): Uint8Array | undefined {
      if (!SHA256.test(sha256)) return undefined;
      const path = join(root, sha256);
      return existsSync(path) ? readFileSync(path) : undefined;
    },
    remove(sha256): void {
      rmSync(join(root, checked(sha256)), { force: true });
    },
  };
}
