/** Node file sources for uploads: a path (read lazily, re-readable) or a stream (buffered). */
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';

/** A `File` over a path on disk: read as it is sent, so a retry can read it again. */
export async function fileFromPath(path: string, type: string): Promise<File> {
  const blob = await openAsBlob(path, { type });
  return new File([blob], basename(path), { type });
}

/**
 * A `File` from a Node stream. The stream is read into memory first, because a stream cannot be
 * read twice and an upload may have to be sent again (use `fileFromPath` for large files).
 */
export async function fileFromStream(stream: Readable, name: string, type: string): Promise<File> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>)
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
  return new File(chunks as BlobPart[], name, { type });
}
